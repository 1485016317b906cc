/*
 * The kernel message bodies xrunlens reads: what is left of a record once framing
 * (parser module) has removed the wrapper, the timestamp, the dynamic-debug decoration
 * and the dev_printk origin ("imx-sdma 20ec000.sdma: ").
 *
 * Only the forms the analysis needs are spelled out. Anything else is a syntax error,
 * which the adapter turns into an Unknown event that keeps the text: the grammar never
 * has to know the thousands of messages a board prints.
 *
 * The format strings are the kernel's own (sound/core/pcm_lib.c, pcm_dmaengine.c,
 * drivers/dma/virt-dma.[ch], drivers/dma/imx-sdma.c), in every era's form.
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
    | userXrun
    | pcmIoError
    | userIoError
    | kernelVersion
    | oopsHeader
    | unameLine
    | bootBanner
    | machineModel
    | stackFrame
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

// Hashed %p values print as 8 hex digits: all-digit ones lex as NUM, the rest as ID. Before
// the RNG is seeded, kernels 4.15 to 5.x print every one as "(____ptrval____)" (or "(ptrval)").
pointer
    : ID
    | NUM
    | HEX
    | '(' ID ')'
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

// instrumented snd_pcm_period_elapsed(): the interrupt path, "snd_pcm_period_elapsed()" or
// "snd_pcm_period_elapsed: calls ...". A stack frame "snd_pcm_period_elapsed+0x75/0xa0" is not.
periodElapsed
    : 'snd_pcm_period_elapsed' ('(' | ':') .*?
    ;

// pcm_lib.c __snd_pcm_xrun with xrun_debug bit 0: "XRUN: pcmC0D0c:0" (v3.15+, pcm_warn), and
// the snd_printd form of 2.6/3.x kernels, "ALSA sound/core/pcm_lib.c:169: XRUN: pcmC0D0p".
xrun
    : alsaSource? 'XRUN' ':' name=ID (':' substream=NUM)?
    ;

// aplay/arecord (alsa-utils) on EPIPE: "underrun!!! (at least 0.044 ms long)" (playback),
// "overrun!!! (at least ...)" (capture). Serial captures and journals interleave them; on a
// console the kernel may write its record into the unfinished line ("underrun!!! (at least
// 0.044 ms loUBIFS (ubi0:5): ..."), so what follows "at least" is not read. alsa-lib's
// snd_pcm_recover prints "ALSA lib pcm.c:8526:(snd_pcm_recover) underrun occurred" for any player.
// PipeWire's ALSA node when an XRUN's recovery did not take (the device is in XRUN again at
// once): "spa.alsa: hw:0,0p: (12 missed) snd_pcm_avail after recover: Broken pipe" (older
// versions name the node "front:3" and print no count), in a paste maybe after "pipewire[2216]: ";
// the words are IDs, checked when read. PipeWire's graph when a cycle did not finish in time
// (impl-node.c: "pw.node: (alsa_output.pci-0000_00_1f.3.analog-stereo-58) graph xrun
// not-triggered (0 suppressed)"): an XRUN of its graph, recovered on the next cycle. JACK's
// ALSA driver when it recovers from one ("**** alsa_pcm: xrun of at least 2.345 msecs", jackd
// and jack2's alsa_driver.c), as other players print it too ("alsa-play: xrun of at least ...").
userXrun
    : (program=ID ':')? kind=('underrun' | 'overrun') '!' '!' '!' '(' 'at' 'least' .*?
    | alsaLib='ALSA' 'lib' ID '.' ID ':' NUM ':' '(' 'snd_pcm_recover' ')' kind=('underrun' | 'overrun') 'occurred'
    | (ID '[' NUM ']' ':')? spa=ID '.' ID ':' .*? 'snd_pcm_avail' after=ID recover=ID ':' error=ID ID?
    | (ID '[' NUM ']' ':')? (ID '.' ID ':')? '(' .*? ')' graph=ID graphXrun=ID .*? '(' NUM suppressed=ID ')'
    | '*'* (driver=ID ('-' ID)* ':')? atLeast=ID of=ID 'at' 'least' NUM .*?
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
    : 'ALSA' (ID | NUM | '/' | '.' | '-')+ ':' NUM ':'?
    ;

// aplay/arecord when a read or write fails: "aplay: pcm_write:2011: write error: Input/output
// error" (-EIO: the kernel's wait for data gave up), "... write error: Cannot allocate memory"
// (-ENOMEM: the DMA transfer could not be prepared); speaker-test's "Write error: -5,Input/output
// error" (write_buffer, the number and its snd_strerror); JACK's ALSA driver's "ALSA: poll time
// out, polled for 4000346 usecs" (its wait for the device's next period gave up: words the
// visitor checks, so that no word of them becomes a token the other rules' names cannot be).
userIoError
    : (program=ID ':')? function=ID ':' NUM ':' operation=('write' | 'read') 'error' ':' .+?
    | speakerTest='Write' 'error' ':' '-' NUM ',' .+?
    | jack='ALSA' ':' poll=ID time=ID out=ID ',' 'polled' .*?
    ;

// init/version.c: "Linux version %s (%s@%s) (%s) %s"
kernelVersion
    : 'Linux' 'version' release=NUM .*?
    ;

// lib/dump_stack.c header of every oops, WARN and stack dump: "CPU: 1 PID: 1080 Comm: arecord
// Not tainted 6.10.0-rc7 #9" (6.x adds "UID: 0"). The release is read by the adapter.
oopsHeader
    : 'CPU' ':' NUM ('UID' ':' NUM)? 'PID' ':' NUM 'Comm' ':' .*?
    ;

// `uname -a` pasted with a log: "Linux imx6board 5.4.70-2.3.0 #1 SMP PREEMPT ... armv7l GNU/Linux".
unameLine
    : 'Linux' .+? 'GNU' '/' 'Linux'
    ;

// arch/arm/kernel/setup.c and arm64: "Booting Linux on physical CPU 0x0"
bootBanner
    : 'Booting' 'Linux' .*?
    ;

// drivers/of/fdt.c, every device-tree boot: "Machine model: Raspberry Pi 4 Model B Rev 1.4"
machineModel
    : 'Machine' 'model' ':' .*?
    ;

// One frame of a stack dump. x86/arm64: "snd_pcm_period_elapsed+0x75/0xa0 [snd_pcm]", with an
// optional "[<ffffffff8104a1b2>]" and "?" before it; 32-bit ARM: "[<c010f0c0>] (unwind_backtrace)
// from [<c010b8a4>] (show_stack+0x10/0x14)", callee first. A frame names a function; it never is
// that function's event.
stackFrame
    : frameAddress? '?'? symbol=offsetSymbol ('[' module=ID ']')?                             # frameLine
    | frameAddress? '(' callee=frameSymbol ')' 'from' frameAddress? '(' caller=frameSymbol ')' # armFrame
    ;

frameSymbol
    : offsetSymbol
    | symbolName ('.' ID)*
    ;

// "sdma_prep_dma_cyclic+0x74/0x200", "foo.constprop.0+0x10/0x20": the offset makes it a frame.
offsetSymbol
    : symbolName ('.' (ID | NUM))* '+' HEX '/' HEX
    ;

// Function names that are also literal words of this grammar lex as those words.
symbolName
    : ID
    | 'snd_pcm_period_elapsed'
    | 'wait_for_avail'
    ;

frameAddress
    : '[' '<' pointer '>' ']'
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
