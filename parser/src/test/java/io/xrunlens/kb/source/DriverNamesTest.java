package io.xrunlens.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The names drivers register, read from their source as dev_printk prints them. */
class DriverNamesTest {
    @Test
    void namesGivenDirectlyOrThroughADefineAndTheModulesOwn() {
        String source = """
                #define DRV_NAME "rockchip-i2s"
                static struct platform_driver rockchip_i2s_driver = {
                \t.probe = rockchip_i2s_probe,
                \t.driver = {
                \t\t.name = DRV_NAME,
                \t},
                };
                static struct snd_soc_dai_driver dai = { .name = "DL1", };
                static const struct snd_kcontrol_new ctl = { .name = "Master Playback Volume", };
                static struct platform_driver fsl_sai_driver = { .driver = { .name = "fsl-sai", }, };
                static struct pci_driver azx_driver = { .name = KBUILD_MODNAME, };
                static struct i2c_device_id ids[] = { { .name = "i2c" } };
                """;
        assertEquals(Set.of("rockchip-i2s", "fsl-sai", DriverNames.MODULE), DriverNames.scan(source));
    }

    @Test
    void aModuleIsNamedByTheMakefileThatBuildsTheFile() {
        String makefile = """
                snd-hda-intel-y := hda_intel.o
                snd-soc-avs-y := dsp.o ipc.o messages.o utils.o core.o loader.o \\
                \t\ttopology.o path.o pcm.o board_selection.o control.o
                obj-$(CONFIG_SND_ATIIXP) += atiixp.o
                """;
        assertEquals("snd_hda_intel", DriverNames.module(makefile, "hda_intel"));
        assertEquals("snd_soc_avs", DriverNames.module(makefile, "pcm"));
        assertEquals("atiixp", DriverNames.module(makefile, "atiixp"));
    }

    /**
     * An HDA codec driver registers through a macro that passes its module's name itself: it
     * prints as "snd_hda_codec_hdmi hdaudioC0D2: ", though its file never says KBUILD_MODNAME; the
     * bind code that defines the registration is no driver of that name.
     */
    @Test
    void anHdaCodecDriverIsNamedByItsModule() {
        String patch = """
                static struct hda_codec_driver hdmi_driver = {
                \t.id = snd_hda_id_hdmi,
                };

                module_hda_codec_driver(hdmi_driver);
                """;
        assertEquals(Set.of(DriverNames.MODULE), DriverNames.scan(patch));
        assertEquals(true, DriverNames.namesItsModule(patch));
        String bind = "int __hda_codec_driver_register(struct hda_codec_driver *drv, const char *name,\n"
                + "\t\t\t       struct module *owner)\n";
        assertEquals(false, DriverNames.namesItsModule(bind));
        assertEquals("snd_hda_codec_hdmi", DriverNames.module("snd-hda-codec-hdmi-y :=\t\tpatch_hdmi.o hda_eld.o\n",
                "patch_hdmi"));
    }
}
