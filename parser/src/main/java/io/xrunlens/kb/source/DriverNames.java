package io.xrunlens.kb.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a source file's drivers register, as dev_printk prints them before a message
 * ("fsl-sai 30c30000.sai: "): the strings given to {@code .name =} (directly or through a
 * {@code #define}), and, for {@code .name = KBUILD_MODNAME}, the module's name as its Makefile
 * builds it ("snd-hda-intel-y := hda_intel.o": "snd_hda_intel"), as for a registration whose
 * macro passes it (an HDA codec driver's). Names that are rather a DAI's,
 * a control's or a widget's ("DL1", "Bass", "codec") are left out: a driver name starts with a
 * lower-case letter and holds a digit, '-', '_' or ',', or six letters at least.
 */
final class DriverNames {
    private static final Pattern DEFINE = Pattern.compile("#define\\s+(\\w+)\\s+\"([^\"\\n]+)\"");
    private static final Pattern NAME = Pattern.compile("\\.name\\s*=\\s*(?:\"([^\"\\n]*)\"|(\\w+))\\s*[,}\\n]");
    /** What a driver name looks like: no spaces (control and widget names have them). */
    private static final Pattern DRIVER = Pattern.compile("[a-z](?=[a-z]{5}|.*[-_,0-9])[A-Za-z0-9_.,+-]{1,47}");
    /** A bus's or core's name some driver also gives a part of it: every device of that bus prints under it. */
    private static final Pattern BUS = Pattern.compile("(?:i2c|i2s|spi|usb|pci|gpio|dma|ac97|serial|input)\\d*");
    private static final Pattern MODULE_OBJECTS = Pattern.compile("(?m)^([\\w-]+)-(?:objs|y)\\s*[:+]?=((?:.*\\\\\\n)*.*)$");
    /** Stands for the module's name in what {@link #scan} returns. */
    static final String MODULE = "KBUILD_MODNAME";
    /**
     * Registrations whose macro passes KBUILD_MODNAME itself: an HDA codec driver
     * ({@code module_hda_codec_driver(hdmi_driver)}) prints under its module's name
     * ("snd_hda_codec_hdmi hdaudioC0D2: "), though its file never says KBUILD_MODNAME.
     */
    private static final Pattern MODULE_REGISTRATION = Pattern.compile("^\\s*module_hda_codec_driver\\s*\\(",
            Pattern.MULTILINE);

    private DriverNames() {
    }

    /** Whether a file registers a driver under its module's name, so that the Makefile is asked for it. */
    static boolean namesItsModule(String source) {
        return source.contains(MODULE) || MODULE_REGISTRATION.matcher(source).find();
    }

    static Set<String> scan(String source) {
        Map<String, String> defines = new HashMap<>();
        Matcher d = DEFINE.matcher(source);
        while (d.find()) {
            defines.put(d.group(1), d.group(2));
        }
        Set<String> names = new TreeSet<>();
        if (MODULE_REGISTRATION.matcher(source).find()) {
            names.add(MODULE);
        }
        Matcher m = NAME.matcher(source);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1)
                    : m.group(2).equals(MODULE) ? MODULE : defines.get(m.group(2));
            if (name != null && (name.equals(MODULE) || DRIVER.matcher(name).matches() && !BUS.matcher(name).matches())) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The name of the module a file is built into, from its directory's Makefile: the module
     * whose objects list the file ("snd-soc-avs-y := dsp.o … core.o"), else the file's own name;
     * '-' as '_', as KBUILD_MODNAME has it.
     */
    static String module(String makefile, String base) {
        Matcher m = MODULE_OBJECTS.matcher(makefile);
        Pattern object = Pattern.compile("(?<![\\w-])" + Pattern.quote(base) + "\\.o\\b");
        while (m.find()) {
            if (object.matcher(m.group(2)).find()) {
                return m.group(1).replace('-', '_');
            }
        }
        return base.replace('-', '_');
    }
}
