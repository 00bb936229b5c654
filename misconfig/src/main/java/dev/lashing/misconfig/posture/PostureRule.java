package dev.lashing.misconfig.posture;

import dev.lashing.misconfig.check.Controls;
import dev.lashing.model.Severity;

/** What one finding id means, whichever analysis produced it (a check, an RBAC risk, …). */
public record PostureRule(
    String id,
    String title,
    Severity severity,
    String description,
    String remediation,
    Controls controls,
    String analysis) {}
