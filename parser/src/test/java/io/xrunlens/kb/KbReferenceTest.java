package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/knowledge-base.md's table of families is the one the built-in rows give. */
class KbReferenceTest {
    @Test
    void theDocumentsTableOfFamiliesIsCurrent() throws Exception {
        Path doc = Path.of(System.getProperty("xrunlens.samples", "../samples")).resolveSibling("docs")
                .resolve("knowledge-base.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String made = KbReference.withTable(text, KbReference.families(KnowledgeBase.builtIn().rows()));
        if (Boolean.getBoolean("xrunlens.updateDocs")) {
            Files.writeString(doc, made, StandardCharsets.UTF_8);
        }
        assertEquals(made, text, "regenerate: mvn -B -pl parser -am test -Dtest=KbReferenceTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dxrunlens.updateDocs=true");
    }
}
