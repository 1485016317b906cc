package io.xrunlens.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** A decompression that cannot be a log is stopped; a repetitive log is not. */
class InflationGuardTest {
    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(data);
        }
        return b.toByteArray();
    }

    private static InputStream guarded(InflationGuard guard, byte[] compressed) throws IOException {
        return guard.decompressed(new GZIPInputStream(guard.compressed(new ByteArrayInputStream(compressed))));
    }

    @Test
    void zerosBeyondTheRatioAreStoppedWithWhatCameOfThem() throws Exception {
        byte[] bomb = gzip(new byte[20_000_000]); // 20 MB of zeros: about 1,000 to 1
        IOException e = assertThrows(IOException.class,
                () -> guarded(new InflationGuard(1_000_000, 500, Long.MAX_VALUE), bomb).readAllBytes());
        assertTrue(e.getMessage().startsWith("decompression stopped after ") && e.getMessage().contains("more than 500 to 1"),
                e.getMessage());
    }

    @Test
    void aRepetitiveLogBelowTheRatioOrTheFloorIsReadWhole() throws Exception {
        byte[] log = "[    1.000000] fsl-sai 2028000.sai: XRUN: pcmC0D0c:0\n".repeat(200_000).getBytes();
        assertEquals(log.length,
                guarded(new InflationGuard(1_000_000, 2_000, Long.MAX_VALUE), gzip(log)).readAllBytes().length);
        assertEquals(log.length, guarded(new InflationGuard(Long.MAX_VALUE), gzip(log)).readAllBytes().length);
    }

    @Test
    void theUsersCeilingStopsAnyInputPastIt() throws Exception {
        byte[] log = "[    1.000000] fsl-sai 2028000.sai: XRUN: pcmC0D0c:0\n".repeat(1_000).getBytes();
        IOException e = assertThrows(IOException.class,
                () -> guarded(new InflationGuard(10_000), gzip(log)).readAllBytes());
        assertEquals("unpacked past the ceiling of 10,000 bytes (--max-unpacked); what was read before it is reported",
                e.getMessage());
        assertEquals(log.length, guarded(new InflationGuard(log.length), gzip(log)).readAllBytes().length);
    }
}
