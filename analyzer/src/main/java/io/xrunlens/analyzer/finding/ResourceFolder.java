package io.xrunlens.analyzer.finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files of one folder of this package's resources, in every class path entry that has the
 * folder, whether the entry is a folder (tests, an IDE) or a jar (the release, Spark): a new data
 * file is found by being there, with no index to keep in step. A name two entries hold is the
 * first's, as the class loader would find it.
 */
final class ResourceFolder {
    private ResourceFolder() {
    }

    /**
     * The files in {@code folder} ending in {@code suffix}, by name.
     *
     * @param known a file the folder always holds, which finds it in a jar without folder entries
     */
    static TreeMap<String, URL> files(String folder, String known, String suffix) {
        String path = ResourceFolder.class.getPackageName().replace('.', '/') + "/" + folder;
        Set<URL> places = new LinkedHashSet<>();
        TreeMap<String, URL> files = new TreeMap<>();
        try {
            ClassLoader loader = ResourceFolder.class.getClassLoader();
            for (Enumeration<URL> e = loader.getResources(path + "/" + known); e.hasMoreElements();) {
                places.add(e.nextElement());
            }
            for (Enumeration<URL> e = loader.getResources(path); e.hasMoreElements();) {
                places.add(new URL(e.nextElement().toString().replaceAll("/?$", "/") + known));
            }
            for (URL place : places) {
                for (String name : names(place)) {
                    if (name.endsWith(suffix)) {
                        files.putIfAbsent(name, new URL(place, name));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException(path + "/" + known + " is missing from the class path");
        }
        return files;
    }

    /** The names of the files beside the one at {@code url}. */
    private static List<String> names(URL url) throws IOException {
        List<String> names = new ArrayList<>();
        if (url.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()).getParent())) {
                files.map(p -> p.getFileName().toString()).forEach(names::add);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(url + ": " + e.getMessage(), e);
            }
            return names;
        }
        URLConnection c = url.openConnection();
        c.setUseCaches(false); // a jar of our own to close, not the class loader's
        if (!(c instanceof JarURLConnection jar)) {
            throw new IllegalStateException(url + ": the class path entry is neither a folder nor a jar");
        }
        String entry = jar.getEntryName();
        String prefix = entry.substring(0, entry.lastIndexOf('/') + 1);
        try (JarFile file = jar.getJarFile()) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
                String name = e.nextElement().getName();
                if (name.startsWith(prefix) && name.length() > prefix.length()
                        && name.indexOf('/', prefix.length()) < 0) {
                    names.add(name.substring(prefix.length()));
                }
            }
        }
        return names;
    }
}
