package io.xrunlens.kb;

import java.util.List;

/**
 * The kernel's audio code outside {@code sound/}: buses and drivers that register an ALSA card,
 * PCM or ASoC component from another subsystem's folder. The knowledge base reads them as it
 * reads sound/ ({@code kb import}), and their rows belong to audio's tree ({@link SoundDrivers#tree}).
 * Found from the calls that register a card or a component ({@code snd_card_new},
 * {@code snd_pcm_new}, {@code snd_soc_register_component}) in Linux 6.1 and 6.12, with the files
 * of the same drivers beside them (the UAC gadgets over u_audio.c, the I2S and AHB halves of
 * dw-hdmi's audio); files that register one among much else (a display controller, a laptop's
 * ACPI driver, a MIDI keyboard) are left out, and so is MOST's sound driver (a car's media bus),
 * whose messages without a device ("Couldn't start thread", "Failed to register %s") other
 * drivers print too.
 */
public final class AudioSources {
    /** Folders and files, relative to a tree's root. */
    public static final List<String> OUTSIDE_SOUND = List.of(
            "drivers/soundwire", // audio's own bus
            "drivers/staging/vc04_services/bcm2835-audio", // Raspberry Pi's headphone and HDMI audio
            // a board as a USB sound card (USB Audio Class 1 and 2 gadgets)
            "drivers/usb/gadget/function/u_audio.c", "drivers/usb/gadget/function/f_uac1.c",
            "drivers/usb/gadget/function/f_uac2.c", "drivers/usb/gadget/function/f_uac1_legacy.c",
            "drivers/usb/gadget/function/u_uac1_legacy.c",
            // HDMI audio of the Synopsys controller (i.MX6, i.MX8MP, Rockchip, Amlogic)
            "drivers/gpu/drm/bridge/synopsys/dw-hdmi-ahb-audio.c",
            "drivers/gpu/drm/bridge/synopsys/dw-hdmi-i2s-audio.c",
            "drivers/gpu/drm/bridge/synopsys/dw-hdmi-gp-audio.c",
            // the audio of video capture cards and sticks
            "drivers/media/pci/cobalt/cobalt-alsa-main.c", "drivers/media/pci/cobalt/cobalt-alsa-pcm.c",
            "drivers/media/pci/cx18/cx18-alsa-main.c", "drivers/media/pci/cx18/cx18-alsa-pcm.c",
            "drivers/media/pci/cx23885/cx23885-alsa.c", "drivers/media/pci/cx25821/cx25821-alsa.c",
            "drivers/media/pci/cx88/cx88-alsa.c", "drivers/media/pci/ivtv/ivtv-alsa-main.c",
            "drivers/media/pci/ivtv/ivtv-alsa-pcm.c", "drivers/media/pci/saa7134/saa7134-alsa.c",
            "drivers/media/pci/solo6x10/solo6x10-g723.c", "drivers/media/pci/tw686x/tw686x-audio.c",
            "drivers/media/usb/cx231xx/cx231xx-audio.c", "drivers/media/usb/em28xx/em28xx-audio.c",
            "drivers/media/usb/go7007/snd-go7007.c", "drivers/media/usb/usbtv/usbtv-audio.c",
            "drivers/staging/media/deprecated/tm6000/tm6000-alsa.c");

    private AudioSources() {
    }

    /** Whether a source file ("drivers/soundwire/qcom.c") is one of them, or in one of their folders. */
    public static boolean contains(String file) {
        for (String source : OUTSIDE_SOUND) {
            if (file.equals(source) || file.startsWith(source + "/")) {
                return true;
            }
        }
        return false;
    }
}
