package io.xrunlens.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The C the scanner meets in sound/ and drivers/dma/, one habit per test. */
class PrintkScannerTest {
    private static List<String> calls(String source) {
        return PrintkScanner.scan(source).calls().stream()
                .map(c -> c.macro().name() + "|" + c.level() + "|" + c.function() + "|" + c.prFmt() + "|" + c.format())
                .toList();
    }

    @Test
    void joinsLiteralsAndTakesTheEnclosingFunction() {
        assertEquals(List.of("dev_err|err|fsl_sai_isr||isr: Transmit underrun detected"), calls("""
                static irqreturn_t fsl_sai_isr(int irq, void *devid)
                {
                	if (flags & FSL_SAI_CSR_FEF)
                		dev_err(dev, "isr: Transmit "
                			"underrun detected\\n");
                }
                """));
    }

    @Test
    void skipsCommentsPreprocessorLinesAndNonLiteralFormats() {
        PrintkScanner.Result r = PrintkScanner.scan("""
                #define vendor_err(d, fmt, ...) dev_err(d, fmt, ##__VA_ARGS__)
                /* dev_err(dev, "in a comment"); */
                static int f(void)
                {
                	// dev_warn(dev, "in a line comment");
                	dev_err(dev, msg);
                	dev_info(dev, ok ? "a" : "b");
                	return 0;
                }
                """);
        assertEquals(List.of(), r.calls());
        assertEquals(2, r.skipped());
    }

    /** A file's own macros print as what they wrap, with the text they put before the format. */
    @Test
    void readsTheFilesOwnPrintingMacros() {
        assertEquals(List.of("pair_err|err|h||Pair %c: output rate should not be zero",
                "compr_err|err|h||%s: %s: Failed to read buffer %d",
                "chan_warn|warn|h||%s: no descriptor"), calls("""
                #define pair_err(fmt, ...) \\
                	dev_err(&asrc->pdev->dev, "Pair %c: " fmt, 'A' + index, ##__VA_ARGS__)
                #define adsp_err(_dsp, fmt, ...) \\
                	dev_err(_dsp->cs_dsp.dev, "%s: " fmt, _dsp->cs_dsp.name, ##__VA_ARGS__)
                #define compr_err(_obj, fmt, ...) \\
                	adsp_err(_obj->dsp, "%s: " fmt, _obj->name ? _obj->name : "legacy", ##__VA_ARGS__)
                #define chan_warn(chan, fmt, arg...) dev_warn(chan->dev, "%s: " fmt, chan->name, ##arg)
                #define odd(fmt, ...) dev_err(dev, fmt "!", ##__VA_ARGS__)
                static void h(void)
                {
                	pair_err("output rate should not be zero\\n");
                	compr_err(buf, "Failed to read buffer %d\\n", ret);
                	chan_warn(chan, "no descriptor\\n");
                	odd("not read: the format is not the macro's last word");
                }
                """));
    }

    /**
     * A function-like macro whose body prints (soc-pcm.c's symmetry checks) is read as a function
     * of its name; a call whose format is the macro's own parameter is a wrapper's, not a message.
     */
    @Test
    void readsTheCallsInAMacrosBody() {
        PrintkScanner.Result r = PrintkScanner.scan("""
                #define __soc_pcm_params_symmetry(xxx)					\\
                	if (symmetry) {							\\
                		dev_err(rtd->dev, "ASoC: unmatched %s symmetry: %s:%d - %s:%d\\n", \\
                			#xxx, d.name, d.xxx, cpu->name, cpu->xxx);	\\
                		return -EINVAL;						\\
                	}
                #define MSG(x...) printk(KERN_INFO "au1xpsc_pcm: " x)
                #define vendor_dbg(dev, fmt, ...) do { dev_err(dev, "vendor: " fmt, ##__VA_ARGS__); } while (0)
                #define IRQ_ERR(name) dev_err(dev, "Error " #name " IRQ\\n")
                #define LIMIT 4
                static int f(void)
                {
                	dev_err(dev, "after the macros\\n");
                	return 0;
                }
                """);
        assertEquals(List.of("dev_err|err|__soc_pcm_params_symmetry||ASoC: unmatched %s symmetry: %s:%d - %s:%d",
                "dev_err|err|f||after the macros"), r.calls().stream()
                .map(c -> c.macro().name() + "|" + c.level() + "|" + c.function() + "|" + c.prFmt() + "|" + c.format())
                .toList());
        assertEquals(3, r.skipped(), "two wrappers and a stringified name");
    }

    @Test
    void readsLevelsPrefixesAndStringMacros() {
        assertEquals(List.of("printk|err|g||" + "vendor: FIFO %s",
                "pr_warn|warn|g|%s: |hrtimer: interrupt took %llu ns",
                "dev_err_probe|err|g||failed to get mclk",
                "dev_printk|notice|g||note %d"), calls("""
                #define pr_fmt(fmt) KBUILD_MODNAME ": " fmt
                #define DRV_NAME "vendor"
                static void g(void)
                {
                	printk(KERN_ERR DRV_NAME ": FIFO " PRIx64 "\\n", x);
                	printk(KERN_CONT "tail\\n");
                	pr_warn("hrtimer: interrupt took %llu ns\\n", ns);
                	return dev_err_probe(dev, PTR_ERR(clk), "failed to get mclk\\n");
                	dev_printk(KERN_NOTICE, dev, "note %d\\n", 1);
                }
                """));
    }

    @Test
    void keepsOnlyTheFirstLineOfAMultiLineFormat() {
        assertEquals(List.of("dev_warn|warn|h||first line"), calls("""
                int h(void) {
                	dev_warn(dev, "first line\\nsecond line\\n");
                }
                """));
    }
}
