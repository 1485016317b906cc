package io.xrunlens.event;

/** SNDRV_PCM_TRIGGER_* as printed by number (include/sound/pcm.h). */
public enum TriggerCommand {
    STOP, START, UNUSED2, PAUSE_PUSH, PAUSE_RELEASE, SUSPEND, RESUME, DRAIN, UNKNOWN;

    public static TriggerCommand of(int value) {
        TriggerCommand[] all = values();
        return value >= 0 && value < all.length - 1 ? all[value] : UNKNOWN;
    }
}
