package app.takeaways.comment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Discussion settings under {@code takeaways.comments}.
 *
 * @param closeAfterDays close comments automatically this many days after publication; 0
 * never
 * @param maxDepth how deep replies nest before they are shown at the deepest level
 */
@ConfigurationProperties("takeaways.comments")
record CommentProperties(@DefaultValue("0") int closeAfterDays, @DefaultValue("3") int maxDepth) {
}
