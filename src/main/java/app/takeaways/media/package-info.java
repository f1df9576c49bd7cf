/**
 * The media library: pictures uploaded by editors, checked by their content, stripped of
 * metadata, stored in resized variants and served at content-hashed addresses.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.media;
