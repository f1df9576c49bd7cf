package app.takeaways.transfer.wordpress;

/**
 * One {@code wp:author} of the channel.
 *
 * @param login the user name
 * @param displayName the name shown
 */
public record WxrAuthor(String login, String displayName) {

}
