package dev.lashing.misconfig;

import java.util.List;

/**
 * One sample of a peer tool: the peer's check id, a file name (for kind detection and reports), its
 * content, whether the peer flags it, and the lines it flags (empty when the peer does not say).
 */
record PeerCase(
    String peer,
    String peerCheck,
    String name,
    byte[] content,
    boolean positive,
    List<Integer> lines) {}
