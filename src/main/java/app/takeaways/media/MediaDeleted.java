package app.takeaways.media;

/**
 * A picture and all its widths were deleted from the library: whatever keeps their bytes
 * (on this instance or another) lets them go.
 *
 * @param hash the picture's hash
 */
public record MediaDeleted(String hash) {
}
