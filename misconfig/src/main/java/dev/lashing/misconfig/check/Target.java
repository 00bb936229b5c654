package dev.lashing.misconfig.check;

/** What kind of input a check reads. */
public enum Target {
  DOCKERFILE,
  KUBERNETES
}
