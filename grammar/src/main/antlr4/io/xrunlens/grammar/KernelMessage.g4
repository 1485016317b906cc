/*
 * The kernel message bodies xrunlens reads: what is left of a record once framing
 * (parser module) has removed the wrapper, the timestamp, the dynamic-debug decoration
 * and the dev_printk origin ("imx-sdma 20ec000.sdma: ").
 *
 * Only the forms the analysis needs are spelled out. Anything else is a syntax error,
 * which the adapter turns into an Unknown event that keeps the text: the grammar never
 * has to know the thousands of messages a board prints.
 *
 * Format strings and the kernels that print them: shared/kernel/kernel-messages.md.
 */
grammar KernelMessage;

message
    : body EOF
    ;

body
    : channelCall
    | bufferDescriptor
    | sgSetup
    | firmwareLoaded
    | descriptorSubmitted
    | descriptorFreed
    | pcmTrigger
    | pcmAvail
    | waitForAvail
    | pcmIoctl
    | periodElapsed
    | xrun
    | pcmIoError
    | kernelVersion
    | bootBanner
    ;

// imx-sdma dev_dbg "%s channel: %d" with __func__ (stock: sdma_prep_dma_cyclic; any
// function in instrumented kernels, e.g. sdma_disable_channel_async).
channelCall
    : function=ID 'channel' ':' channel=NUM
    ;

// imx-sdma "entry %d: count: %zu dma: %#llx %s%s": one buffer descriptor per period,
// flags "wrap" on the last one and "intr" where an interrupt is raised.
bufferDescriptor
    : 'entry' index=NUM ':' 'count' ':' count=NUM 'dma' ':' address=(HEX | NUM) flags+=ID*
    ;

// imx-sdma sdma_prep_slave_sg: "setting up %d entries for channel %d."
sgSetup
    : 'setting' 'up' entries=NUM 'entries' 'for' 'channel' channel=NUM '.'?
    ;

// imx-sdma sdma_load_firmware: "loaded firmware %d.%d"
firmwareLoaded
    : 'loaded' 'firmware' major=NUM '.' minor=NUM
    ;

// virt-dma vchan_tx_submit: "vchan %p: txd %p[%x]: submitted"
descriptorSubmitted
    : 'vchan' vchan=pointer ':' 'txd' txd=pointer '[' cookie=pointer ']' ':' 'submitted'
    ;

// virt-dma vchan_dma_desc_free_list (<= v5.5): "txd %p: freeing";
// vchan_tx_desc_free: "vchan %p: txd %p[%x]: freeing"
descriptorFreed
    : ('vchan' vchan=pointer ':')? 'txd' txd=pointer ('[' cookie=pointer ']')? ':' 'freeing'
    ;

// Hashed %p values print as 8 hex digits: all-digit ones lex as NUM, the rest as ID.
pointer
    : ID
    | NUM
    | HEX
    ;

// instrumented sound/core/pcm_dmaengine.c: "snd_dmaengine_pcm_trigger command: %d"
pcmTrigger
    : function=ID 'command' ':' command=NUM
    ;

// instrumented snd_pcm_{capture,playback}_avail
pcmAvail
    : function=ID ':' 'hw_ptr' ':' hwPtr=NUM ',' 'appl_ptr' ':' applPtr=NUM ','
      'avail' ':' avail=NUM ',' 'boundary' ':' boundary=NUM
    ;

// instrumented pcm_lib.c wait_for_avail: the timeout path and the sleep path
waitForAvail
    : 'wait_for_avail' ':' 'tout' '=' tout=NUM ',' 'state' '=' state=NUM              # waitTimeout
    | 'wait_for_avail' ':' 'avail' '=' avail=NUM ',' 'state' '=' state=NUM ','
      'twake' '=' twake=NUM                                                            # waitSleep
    ;

// instrumented ioctl tracing: "snd_pcm_do_reset: ioctl SNDRV_PCM_IOCTL1_RESET"
pcmIoctl
    : (function=ID ':')? 'ioctl' name=ID
    ;

// instrumented snd_pcm_period_elapsed(): the interrupt path, whatever follows
periodElapsed
    : 'snd_pcm_period_elapsed' .*?
    ;

// pcm_lib.c __snd_pcm_xrun with xrun_debug bit 0: "XRUN: pcmC0D0c:0"
xrun
    : 'XRUN' ':' name=ID (':' substream=NUM)?
    ;

// pcm_lib.c wait_for_avail: "%s write error (DMA or IRQ trouble?)" (<= v6.3),
// "%s timeout (DMA or IRQ trouble?)" with "playback write"/"capture read" (v6.4+),
// pcm_native.c "playback drain error|timeout (...)", and the snd_printd form of
// 2.6/3.x kernels that starts with "ALSA sound/core/pcm_lib.c:1805[:] ".
pcmIoError
    : alsaSource? direction=('capture' | 'playback') operation=('write' | 'read' | 'drain')?
      outcome=('error' | 'timeout') '(' 'DMA' 'or' 'IRQ' 'trouble' '?' ')'
    ;

alsaSource
    : 'ALSA' (ID | '/' | '.' | '-')+ ':' NUM ':'?
    ;

// init/version.c: "Linux version %s (%s@%s) (%s) %s"
kernelVersion
    : 'Linux' 'version' release=NUM .*?
    ;

// arch/arm/kernel/setup.c and arm64: "Booting Linux on physical CPU 0x0"
bootBanner
    : 'Booting' 'Linux' .*?
    ;

HEX
    : '0' [xX] [0-9a-fA-F]+
    ;

NUM
    : [0-9]+
    ;

ID
    : [a-zA-Z0-9_]+
    ;

WS
    : [ \t]+ -> skip
    ;

// Any other character is a token of its own, so the lexer never fails: a message
// that is not ours fails in the parser, cheaply, and becomes Unknown.
OTHER
    : .
    ;
