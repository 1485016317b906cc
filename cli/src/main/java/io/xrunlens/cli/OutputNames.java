package io.xrunlens.cli;

/** Names of files xrunlens writes, made from the input's name. */
final class OutputNames {
    private OutputNames() {
    }

    /** "capture.log.gz" → "capture": compression and log extensions off. */
    static String base(String fileName) {
        String n = fileName.replaceAll("\\.(gz|xz|zst|bz2)$", "");
        return n.replaceAll("\\.(log|txt|json|dmesg|tar|tgz|zip)$", "");
    }
}
