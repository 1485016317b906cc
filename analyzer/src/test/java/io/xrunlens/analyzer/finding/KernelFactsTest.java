package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xrunlens.event.KernelRelease;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KernelFactsTest {
    @ParameterizedTest
    @CsvSource({
        "4.19.94, predates",
        "5.0.0, has this imx-sdma race",
        "5.4.70-rt40, has this imx-sdma race",
        "5.10.72, has this imx-sdma race",
        "5.10.223, also the ALSA fix",
        "5.14.21, has this imx-sdma race",
        "5.15.0, should have the imx-sdma fix",
        "6.6.3, should have the imx-sdma fix"})
    void assessesTheBootsKernel(String release, String expected) {
        String a = KernelFacts.assessment(Optional.of(KernelRelease.parse(release)));
        assertTrue(a.contains(expected), a);
        assertTrue(a.contains(release), a);
    }
}
