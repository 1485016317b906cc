package io.xrunlens.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AudioSourcesTest {
    /**
     * Every built-in row is of sound/, drivers/dma/, the core files or the audio code of other
     * folders, and the rows of the last are audio's tree: a display driver's or a USB controller's
     * "failed to get the clock" is then no audio row, while bcm2835-audio's lines are.
     */
    @Test
    void theRowsOutsideSoundAreTheAudioSourcesAndAudiosTree() {
        Set<String> outside = new TreeSet<>();
        for (KbRow row : KnowledgeBase.builtIn().rows()) {
            String file = row.file();
            if (!file.startsWith("sound/") && !file.startsWith("drivers/dma/") && !file.startsWith("kernel/")) {
                assertTrue(AudioSources.contains(file), file);
                assertEquals("sound", SoundDrivers.tree(file), file);
                outside.add(file.substring(0, file.indexOf('/', "drivers/".length())));
            }
        }
        assertTrue(outside.containsAll(Set.of("drivers/soundwire", "drivers/staging", "drivers/usb", "drivers/gpu",
                "drivers/media")), outside.toString());
        assertEquals("drivers/usb", SoundDrivers.tree("drivers/usb/core/hub.c"));
        assertEquals("drivers/gpu", SoundDrivers.tree("drivers/gpu/drm/bridge/synopsys/dw-hdmi.c"));
        assertEquals("drivers/dma", SoundDrivers.tree("drivers/dma/imx-sdma.c"));
        assertFalse(AudioSources.contains("drivers/usb/gadget/function/u_audio.c.orig"));
        assertFalse(AudioSources.contains("drivers/soundwirex/a.c"));
        assertTrue(AudioSources.contains("drivers/soundwire/qcom.c"));
    }
}
