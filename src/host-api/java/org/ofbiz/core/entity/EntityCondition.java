package org.ofbiz.core.entity;

/**
 * Declaration of the host type (Atlassian's entity engine): the base of every query condition. The real class also
 * has the abstract methods the engine uses to write SQL; the app only builds conditions and never subclasses this.
 * Never packaged.
 */
public abstract class EntityCondition {
}
