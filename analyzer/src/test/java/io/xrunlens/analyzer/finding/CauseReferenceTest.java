package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.xrunlens.kb.KbReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The causes tables of the README and the diagnoses reference are the ones causes.tsv gives. */
class CauseReferenceTest {
    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/diagnoses.md"})
    void theDocumentsCausesTableIsCurrent(String name) throws Exception {
        Path doc = Path.of(System.getProperty("xrunlens.samples", "../samples")).resolveSibling(name);
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String made = KbReference.between(text, CauseReference.BEGIN, CauseReference.END, CauseReference.table());
        if (Boolean.getBoolean("xrunlens.updateDocs")) {
            Files.writeString(doc, made, StandardCharsets.UTF_8);
        }
        assertEquals(made, text, "regenerate: mvn -B -pl analyzer -am test -Dtest=CauseReferenceTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dxrunlens.updateDocs=true");
    }

    @ParameterizedTest
    @EnumSource(Cause.class)
    void everyCauseHasATitleEvidenceAndFix(Cause cause) {
        CauseTable.Row row = CauseTable.of(cause);
        assertFalse(row.title().isBlank());
        assertFalse(row.evidence().isBlank());
        assertFalse(row.fix().isBlank());
    }
}
