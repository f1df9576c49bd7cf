package app.takeaways.post;

import org.springframework.data.domain.Page;

/**
 * One page of the visible posts of a tag.
 */
public record TaggedPosts(TagView tag, Page<PostSummary> posts) {
}
