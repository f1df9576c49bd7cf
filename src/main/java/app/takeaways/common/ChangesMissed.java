package app.takeaways.common;

/**
 * Changes made elsewhere may have gone unheard (the connection that hears other
 * instances' changes was lost, or a message could not be read): whatever a feature keeps
 * about the data must be read again. Here, in {@code common}, because the module that
 * notices it ({@code pagecache}) and the modules that keep copies ({@code post},
 * {@code discovery}) cannot depend on each other both ways.
 */
public record ChangesMissed() {

}
