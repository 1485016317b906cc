package io.xrunlens.paste;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellPromptTest {
    @ParameterizedTest
    @ValueSource(strings = {"root@imx6qsabresd:~# dmesg | grep -i sdma", "user@host:~/logs$ arecord -D hw:0 x.wav",
        "[root@fedora ~]# journalctl -k", "~ # cat /proc/asound/cards", "/ # dmesg", "$ aplay x.wav",
        "# echo 1 > /sys/kernel/debug/x", "=> boot", "U-Boot> printenv", "PS C:\\logs> Get-Content x.log"})
    void promptsAreRecognised(String line) {
        assertTrue(ShellPrompt.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[  535.201598] imx-sgtl5000 sound: XRUN: pcmC0D0c:0",
        "imx-sdma 20ec000.sdma: txd 0a262722: freeing", "ble?)", "pcmC0D0p", "arecord: pcm_read:2221: read error: x",
        "Nov 24 10:00:00 host kernel: usb 1-1: new device", "#1 SMP PREEMPT Tue Nov 3 10:00:00 UTC 2020",
        "$", "# ", ""})
    void logLinesAreNot(String line) {
        assertFalse(ShellPrompt.matches(line), line);
    }
}
