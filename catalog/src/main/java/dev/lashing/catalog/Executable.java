package dev.lashing.catalog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The section table of an ELF, PE or Mach-O executable held in memory, read with every offset and
 * count checked against the file: a corrupt header yields an exception, never a wild read.
 *
 * @param format {@code elf}, {@code pe} or {@code macho}
 * @param order the byte order of the file
 * @param sections the sections with file data
 */
public record Executable(String format, ByteOrder order, List<Section> sections, byte[] content) {

  private static final int MAX_SECTIONS = 4096;

  /**
   * One section: its name, virtual address, file offset and size (size within the file).
   *
   * @param name the section name ({@code .go.buildinfo}, {@code __dep_v0})
   * @param address virtual address
   * @param offset file offset
   * @param size bytes in the file
   */
  public record Section(String name, long address, long offset, long size) {}

  public Executable {
    sections = List.copyOf(sections);
  }

  /** Parses the section table; throws {@link MalformedFileException} when it is not one. */
  public static Executable parse(byte[] b) throws MalformedFileException {
    try {
      if (b.length >= 64 && b[0] == 0x7f && b[1] == 'E' && b[2] == 'L' && b[3] == 'F') {
        return ExecutableHeaders.elf(b);
      }
      if (b.length >= 64 && b[0] == 'M' && b[1] == 'Z') {
        return ExecutableHeaders.pe(b);
      }
      int m = ByteBuffer.wrap(b, 0, Math.min(4, b.length)).order(ByteOrder.BIG_ENDIAN).getInt();
      if (m == 0xfeedface || m == 0xfeedfacf || m == 0xcefaedfe || m == 0xcffaedfe) {
        return ExecutableHeaders.macho(b, m);
      }
    } catch (IndexOutOfBoundsException
        | java.nio.BufferUnderflowException
        | ArithmeticException e) {
      throw new MalformedFileException("corrupt executable header (" + e.getMessage() + ")", e);
    }
    throw new MalformedFileException("not an ELF, PE or Mach-O executable");
  }

  static void checkCount(long n) throws MalformedFileException {
    if (n < 0 || n > MAX_SECTIONS) {
      throw new MalformedFileException("implausible section count " + n);
    }
  }

  static Section section(String name, long addr, long offset, long size, int fileLength) {
    long off = Math.max(0, Math.min(offset, fileLength));
    long sz = Math.max(0, Math.min(size, fileLength - off));
    return new Section(name, addr, off, sz);
  }

  static String cString(byte[] b, int from, int max) {
    int end = from;
    while (end < b.length && end < from + max && b[end] != 0) {
      end++;
    }
    return new String(b, from, end - from, StandardCharsets.ISO_8859_1);
  }

  /** The first section with this name. */
  public Optional<Section> section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The bytes of a section (bounded by the file). */
  public byte[] bytes(Section s) {
    byte[] out = new byte[(int) s.size()];
    System.arraycopy(content, (int) s.offset(), out, 0, out.length);
    return out;
  }

  /** The file offset of a virtual address, or -1 when no section holds it. */
  public long offsetOf(long address) {
    for (Section s : sections) {
      if (Long.compareUnsigned(address, s.address()) >= 0
          && Long.compareUnsigned(address - s.address(), s.size()) < 0
          && s.address() != 0) {
        return s.offset() + (address - s.address());
      }
    }
    return -1;
  }

  static List<Section> list() {
    return new ArrayList<>();
  }
}
