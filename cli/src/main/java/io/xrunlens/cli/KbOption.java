package io.xrunlens.cli;

import io.xrunlens.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --kb DIR}, shared by the commands that read logs: knowledge-base folders (a vendor's own
 * messages, {@code xrunlens kb import} of a BSP tree) added to the built-in rows. The user's
 * default folder, {@code $XDG_CONFIG_HOME/xrunlens/kb} (else {@code ~/.config/xrunlens/kb}), is
 * read first when it exists.
 */
final class KbOption {
    @Option(names = "--kb", paramLabel = "DIR", description = {"Add the knowledge-base rows of every *.tsv file in"
        + " this folder (repeatable; see: xrunlens kb).", "Read first when it exists: ~/.config/xrunlens/kb."})
    List<Path> folders = new ArrayList<>();

    /** The folders to read: the default one (if it exists), then those given. */
    List<Path> folders(Map<String, String> env) {
        List<Path> all = new ArrayList<>();
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        String home = env.getOrDefault("HOME", "");
        Path base = !xdg.isEmpty() ? Path.of(xdg) : home.isEmpty() ? null : Path.of(home, ".config");
        if (base != null && Files.isDirectory(base.resolve("xrunlens/kb"))) {
            all.add(base.resolve("xrunlens/kb"));
        }
        all.addAll(folders);
        return all;
    }

    /** The knowledge base for this command, installed for every parser of the process. */
    KnowledgeBase install() throws IOException {
        List<Path> all = folders(System.getenv());
        KnowledgeBase kb = all.isEmpty() ? KnowledgeBase.builtIn() : KnowledgeBase.withFolders(all);
        KnowledgeBase.install(kb);
        return kb;
    }
}
