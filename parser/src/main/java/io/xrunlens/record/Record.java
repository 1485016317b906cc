package io.xrunlens.record;

/**
 * One kernel log record, as framed from the input: where it came from and what it says.
 *
 * <p>A physical line may hold several records (logs pasted into mail or a bug tracker get
 * flattened onto one line); each gets its own record with the same line number.
 *
 * @param line      1-based input line number
 * @param boot      0-based boot index within the input
 * @param micros    time on the log's own clock in microseconds, or {@link #NO_TIME}
 * @param level     printk level 0..7 where the format carries it, else -1
 * @param driver    dev_printk driver name ("imx-sdma"), empty when the message has no origin
 * @param device    dev_printk device name ("20ec000.sdma"), empty when none
 * @param text      the message itself, without wrapper, timestamp, decoration or origin
 */
public record Record(long line, int boot, long micros, int level, String driver, String device,
                     String text) {

    /** Marks a record whose format carries no time (dmesg -t, user-space noise). */
    public static final long NO_TIME = Long.MIN_VALUE;

    public boolean hasTime() {
        return micros != NO_TIME;
    }

    /** Seconds on the log's clock; only meaningful when {@link #hasTime()}. */
    public double seconds() {
        return micros / 1e6;
    }

    public boolean hasOrigin() {
        return !driver.isEmpty();
    }

    /**
     * "imx-sdma 20ec000.sdma", as the kernel printed it; a device with no driver alone (an ASoC
     * runtime's "MultiMedia1"); a driver's tag with no device alone (older kernels' "hda-intel");
     * or empty.
     */
    public String origin() {
        return origin(driver, device);
    }

    /** "imx-sdma 20ec000.sdma" of a driver and a device, either of which may be empty. */
    public static String origin(String driver, String device) {
        return driver.isEmpty() ? device : device.isEmpty() ? driver : driver + " " + device;
    }

    /** The same record at another time (a picture spreading a one-second clock's records). */
    public Record withMicros(long newMicros) {
        return new Record(line, boot, newMicros, level, driver, device, text);
    }

    public Record withBoot(int newBoot) {
        return newBoot == boot ? this : new Record(line, newBoot, micros, level, driver, device, text);
    }

    /** The same record on another line and boot (a block's records are numbered from its start). */
    public Record at(long newLine, int newBoot) {
        return new Record(newLine, newBoot, micros, level, driver, device, text);
    }

    /** The record as a kernel log line again (for evidence), origin included. */
    public String message() {
        if (driver.isEmpty()) {
            return text;
        }
        if (device.isEmpty()) {
            return driver + ": " + text; // a tag before the text ("hda-intel: no codecs initialized")
        }
        // one builder of the final length: every finding's evidence quotes its lines
        return new StringBuilder(driver.length() + device.length() + text.length() + 3).append(driver).append(' ')
                .append(device).append(": ").append(text).toString();
    }
}
