package dev.lashing.model.vuln;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of CISA's Known Exploited Vulnerabilities catalog.
 *
 * @param cve the CVE id
 * @param dateAdded when CISA added it
 * @param dueDate the remediation due date for US federal agencies
 * @param knownRansomware true when CISA marks it as used in ransomware campaigns
 * @param vendorProject vendor or project as CISA names it
 * @param product product as CISA names it
 * @param requiredAction CISA's required action text
 */
public record Kev(
    String cve,
    LocalDate dateAdded,
    @Nullable LocalDate dueDate,
    boolean knownRansomware,
    String vendorProject,
    String product,
    String requiredAction) {}
