package io.xrunlens.event;

import java.util.Objects;

/**
 * A kernel release ("5.4.70-rt40"): major, minor and sublevel are what decides whether the
 * boot carries the imx-sdma race and its fixes.
 */
public record KernelRelease(String text, int major, int minor, int sublevel) {

    /** Parses the leading "X.Y[.Z]" of a release string; missing parts are 0. */
    public static KernelRelease parse(String text) {
        int[] parts = new int[3];
        int part = 0;
        int i = 0;
        while (i < text.length() && part < 3) {
            int start = i;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            parts[part++] = Integer.parseInt(text.substring(start, Math.min(i, start + 9)));
            if (i < text.length() && text.charAt(i) == '.') {
                i++;
            } else {
                break;
            }
        }
        return new KernelRelease(text, parts[0], parts[1], parts[2]);
    }

    /** Compares major.minor.sublevel with the given version. */
    public int compareTo(int maj, int min, int sub) {
        if (major != maj) {
            return Integer.compare(major, maj);
        }
        if (minor != min) {
            return Integer.compare(minor, min);
        }
        return Integer.compare(sublevel, sub);
    }

    public boolean isSeries(int maj, int min) {
        return major == maj && minor == min;
    }

    public String series() {
        return major + "." + minor;
    }

    // Written out, not the record's own: a log of many boots looks its release up once a boot, and
    // the generated methods are slow calls in code the quick compiler made.
    @Override
    public boolean equals(Object o) {
        return o instanceof KernelRelease k && major == k.major && minor == k.minor && sublevel == k.sublevel
                && Objects.equals(text, k.text);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(text);
    }
}
