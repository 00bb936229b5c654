package dev.lashing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Section tables of minimal PE32+ and Mach-O 64 files built in memory, and corrupt headers. */
class ExecutableTest {
  private static final byte[] DATA = "section data".getBytes(StandardCharsets.US_ASCII);

  static byte[] pe() {
    ByteBuffer b = ByteBuffer.allocate(0x400).order(ByteOrder.LITTLE_ENDIAN);
    b.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3C, 0x80);
    b.putInt(0x80, 0x00004550).putShort(0x86, (short) 1).putShort(0x94, (short) 0xF0);
    int opt = 0x98;
    b.putShort(opt, (short) 0x20b).putLong(opt + 24, 0x140000000L);
    int sec = opt + 0xF0;
    b.put(sec, ".dep-v0".getBytes(StandardCharsets.US_ASCII));
    b.putInt(sec + 12, 0x3000).putInt(sec + 16, DATA.length).putInt(sec + 20, 0x300);
    b.put(0x300, DATA);
    return b.array();
  }

  static byte[] macho() {
    ByteBuffer b = ByteBuffer.allocate(0x400).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, 0xfeedfacf).putInt(16, 1).putInt(20, 72 + 80);
    int seg = 32;
    b.putInt(seg, 0x19).putInt(seg + 4, 72 + 80);
    b.put(seg + 8, "__DATA".getBytes(StandardCharsets.US_ASCII));
    b.putInt(seg + 64, 1);
    int sec = seg + 72;
    b.put(sec, "__dep_v0".getBytes(StandardCharsets.US_ASCII));
    b.put(sec + 16, "__DATA".getBytes(StandardCharsets.US_ASCII));
    b.putLong(sec + 32, 0x100004000L).putLong(sec + 40, DATA.length).putInt(sec + 48, 0x300);
    b.put(0x300, DATA);
    return b.array();
  }

  @Test
  void peSections() throws Exception {
    Executable exe = Executable.parse(pe());
    assertThat(exe.format()).isEqualTo("pe");
    var s = exe.section(".dep-v0").orElseThrow();
    assertThat(exe.bytes(s)).isEqualTo(DATA);
    assertThat(exe.offsetOf(0x140003004L)).isEqualTo(0x304);
  }

  @Test
  void machoSections() throws Exception {
    Executable exe = Executable.parse(macho());
    assertThat(exe.format()).isEqualTo("macho");
    var s = exe.section("__dep_v0").orElseThrow();
    assertThat(exe.bytes(s)).isEqualTo(DATA);
    assertThat(exe.offsetOf(0x100004002L)).isEqualTo(0x302);
  }

  @Test
  void corruptHeadersAreMalformedFiles() {
    byte[] pe = pe();
    ByteBuffer.wrap(pe).order(ByteOrder.LITTLE_ENDIAN).putInt(0x3C, 0x7fff_fff0);
    byte[] macho = macho();
    ByteBuffer.wrap(macho).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 1_000_000);
    byte[] truncated = Arrays.copyOf(macho(), 100);
    for (byte[] bad : new byte[][] {pe, macho, truncated, "#!/bin/sh\n".repeat(10).getBytes()}) {
      assertThatThrownBy(() -> Executable.parse(bad)).isInstanceOf(MalformedFileException.class);
    }
  }
}
