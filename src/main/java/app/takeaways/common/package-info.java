/**
 * Shared building blocks every feature may use: settings, clock, base exceptions and web
 * plumbing.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.takeaways.common;
