/**
 * JavaScript packages: installed {@code node_modules/**}{@code /package.json} and the lockfiles of
 * npm ({@code package-lock.json} v1–v3), Yarn ({@code yarn.lock} v1 and Berry) and pnpm ({@code
 * pnpm-lock.yaml}).
 */
@NullMarked
package dev.lashing.catalog.npm;

import org.jspecify.annotations.NullMarked;
