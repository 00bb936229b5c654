package dev.lashing.misconfig.posture;

/**
 * Another place a finding involves: {@code what} is {@code binding}, {@code role}, {@code rule},
 * {@code workload}, …; {@code ref} names it ({@code RoleBinding/web/debug}); {@code file}/{@code
 * line} say where it is written.
 */
public record Related(String what, String ref, String file, int line) {}
