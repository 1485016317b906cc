package io.xrunlens.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.xrunlens.kb.KbReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The causes, chain links and rules tables of the README and docs/diagnoses.md are the ones the data gives. */
class ReferenceTableTest {
    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/diagnoses.md"})
    void theDocumentsCausesTableIsCurrent(String name) throws Exception {
        assertCurrent(name, ReferenceTable.CAUSES);
    }

    @Test
    void theChainLinksTableIsCurrent() throws Exception {
        assertCurrent("docs/diagnoses.md", ReferenceTable.CHAINS);
    }

    @Test
    void theRulesTableIsCurrent() throws Exception {
        assertCurrent("docs/diagnoses.md", ReferenceTable.RULES);
    }

    @Test
    void theDecisionsTableIsCurrent() throws Exception {
        assertCurrent("docs/diagnoses.md", ReferenceTable.DECISIONS);
    }

    @Test
    void everyCauseHasATitleEvidenceAndFix() {
        for (CauseTable.Row row : CauseTable.rows().values()) {
            assertFalse(row.title().isBlank(), row.cause().id());
            assertFalse(row.evidence().isBlank(), row.cause().id());
            assertFalse(row.fix().isBlank(), row.cause().id());
        }
    }

    private static void assertCurrent(String name, ReferenceTable table) throws Exception {
        Path doc = Path.of(System.getProperty("xrunlens.samples", "../samples")).resolveSibling(name);
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String made = KbReference.between(text, table.begin(), table.end(), table.table());
        if (Boolean.getBoolean("xrunlens.updateDocs")) {
            Files.writeString(doc, made, StandardCharsets.UTF_8);
        }
        assertEquals(made, text, "regenerate: mvn -B -pl analyzer -am test -Dtest=ReferenceTableTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dxrunlens.updateDocs=true");
    }
}
