/**
 * RBAC analysis: effective permissions per subject (users, groups, service accounts and their
 * implicit groups; aggregated ClusterRoles), who-can and rights queries, and risk findings ({@code
 * LSH-RBAC-*}) that name the subject and the bindings and roles granting the risk.
 */
@NullMarked
package dev.lashing.misconfig.rbac;

import org.jspecify.annotations.NullMarked;
