package io.xrunlens.event;

/** snd_pcm_state_t as printed by number (include/uapi/sound/asound.h). */
public enum PcmState {
    OPEN, SETUP, PREPARED, RUNNING, XRUN, DRAINING, PAUSED, SUSPENDED, DISCONNECTED, UNKNOWN;

    public static PcmState of(int value) {
        PcmState[] all = values();
        return value >= 0 && value < all.length - 1 ? all[value] : UNKNOWN;
    }
}
