package app.takeaways.post;

import org.springframework.data.domain.Slice;

/**
 * One page of the visible posts of a tag.
 */
public record TaggedPosts(TagView tag, Slice<PostSummary> posts) {
}
