package app.takeaways.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose pages use the admin layout ({@code layout/admin.html}), so
 * advice that fills that layout applies to exactly these controllers, whichever feature
 * they belong to: the {@link Viewer} the layout needs (a page of an unmarked controller
 * fails to render) and the navigation's pending-comments badge.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AdminLayout {

}
