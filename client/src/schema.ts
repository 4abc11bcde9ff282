// Generated from openapi.yaml by client/scripts/generate.mjs (npm run generate); do not edit.
export interface paths {
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all users, or find one by username
         * @description All registered users, one page at a time, ordered by id. With
         *     `username`, the same collection filtered to the user of that username,
         *     compared without regard to case: one item, or none.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Register a new user
         * @description Open registration. Usernames and email addresses are unique, compared
         *     without regard to case.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get one user
         * @description The user's representation; it includes `email` only when the requester is that user.
         */
        get: operations["getUser"];
        /**
         * Update your own user
         * @description A partial update: only the fields sent are changed. Only the user
         *     itself may update it. Changing the password needs the current password
         *     and revokes every other token of the user; the token that made the
         *     request stays valid.
         */
        put: operations["updateUser"];
        post?: never;
        /**
         * Delete your own account
         * @description Removes the account with its posts, its follow relationships and its
         *     tokens, and corrects the counts of every user it followed or was
         *     followed by. Only the user itself may do this.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/followers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List a user's followers
         * @description The users who follow this user, ordered by id.
         */
        get: operations["listFollowers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/followed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List the users a user follows
         * @description The users this user follows, ordered by id.
         */
        get: operations["listFollowed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/followed/{target_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
                /**
                 * @description The id of the user followed, or to follow.
                 * @example 2
                 */
                target_id: components["parameters"]["TargetUserId"];
            };
            cookie?: never;
        };
        /**
         * Does a user follow another?
         * @description 204 when user `id` follows user `target_id`; 404 when not, or when either user does not exist.
         */
        get: operations["checkFollowing"];
        /**
         * Follow a user
         * @description Makes user `id` (who must be the requester) follow user `target_id`.
         *     Following a user already followed changes nothing and also answers 204.
         *     Nobody can follow themselves: `target_id` equal to `id` gets 400.
         */
        put: operations["followUser"];
        post?: never;
        /**
         * Stop following a user
         * @description Makes user `id` (who must be the requester) stop following user
         *     `target_id`. Unfollowing a user not followed changes nothing and also
         *     answers 204, for every pair of users, yourself included (nobody
         *     follows themselves).
         */
        delete: operations["unfollowUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/liked/{post_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
                /**
                 * @description The id of the post liked, or to like.
                 * @example 17
                 */
                post_id: components["parameters"]["LikedPostId"];
            };
            cookie?: never;
        };
        /**
         * Does a user like a post?
         * @description 204 when user `id` likes post `post_id`; 404 when not, or when the user or the post does not exist.
         */
        get: operations["checkLiked"];
        /**
         * Like a post
         * @description Makes user `id` (who must be the requester) like post `post_id`, which
         *     counts in its `like_count`. Liking a post already liked changes nothing
         *     and also answers 204.
         */
        put: operations["likePost"];
        post?: never;
        /**
         * Stop liking a post
         * @description Makes user `id` (who must be the requester) stop liking post
         *     `post_id`. Unliking a post not liked changes nothing and also answers
         *     204.
         */
        delete: operations["unlikePost"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/liked": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List the posts a user liked
         * @description The posts user `id` liked, the most recently liked first. Here the
         *     cursors (`before`, `after`, and those in the links) are positions in
         *     this list, not post ids: follow the `next` and `prev` links.
         */
        get: operations["listLikedPosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List a user's posts
         * @description The user's posts, newest first. See `PostCollection` for pages and cursors.
         */
        get: operations["listUserPosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/mentions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List the posts that mention a user
         * @description The posts whose body mentions the user as `@username`, newest first. See `PostCollection` for pages and cursors.
         */
        get: operations["listMentions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The requester's own user, with its email.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a private message
         * @description Sends user `id` a private message from the requester; its body is
         *     trimmed before it is stored, as a post's. Only its sender and its
         *     recipient can read it. 400 for a message to yourself, 404 when there is
         *     no such user.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the messages you received
         * @description The private messages sent to the requester, newest first, with the
         *     usual cursors (`before` and `after` a message id). Which are unread:
         *     those after the read marker (`PUT /api/messages/read-marker`), counted
         *     in `unread_message_count` of `GET /api/me`.
         */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the messages you sent
         * @description The private messages the requester sent, newest first, with the usual
         *     cursors (`before` and `after` a message id).
         */
        get: operations["listSentMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/read-marker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark the messages you received as read
         * @description Marks every message the requester received up to `last_read_id` as
         *     read. The marker never moves backwards: an older id than the marker
         *     changes nothing (and still answers 200, with the marker as it is). The
         *     id need not be of a message.
         */
        put: operations["markMessagesRead"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The message's id.
                 * @example 5
                 */
                id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        /**
         * Read a message
         * @description One private message; 404 for anyone but its sender and its recipient, as for an id that names no message.
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your notifications
         * @description What happened to the requester, oldest first: someone followed you
         *     (`follow`), replied to your post (`reply`, with the reply as `post`),
         *     liked it (`like`, with the post), mentioned you (`mention`, with the post
         *     that does) or sent you a message (`message`, with the message). Each is
         *     written with what caused it, and goes when that is undone (an unfollow,
         *     an unlike, the post deleted). Poll with `since`, the id of the last
         *     notification you have: the page holds those after it, and its `next`
         *     link goes on from there.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/streams/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream what happens to you, live
         * @description Server-Sent Events (`text/event-stream`, as `EventSource` reads them)
         *     for the requester, as they happen on any instance:
         *
         *     - `post`: a new post in the requester's feed (its own, or by someone it
         *       follows); `data` is the `Post`.
         *     - `delete`: a post of the feed was deleted; `data` is `{"id": n}`.
         *     - `notification`: `data` is the `Notification` (`GET /api/notifications`).
         *
         *     Each event has an `id`. A client that reconnects with `Last-Event-ID`
         *     (EventSource does so by itself) is first sent what it missed, from the
         *     database, then the live events, with no gap and nothing twice; what is
         *     kept covers the last 24 hours, at most 1,000 events. A comment line comes
         *     every 15 seconds, so that proxies keep the connection open.
         *
         *     A stream ends when its token stops working: revoked, its session ended,
         *     its password changed, its account deleted, or its expiry reached (the
         *     client refreshes and reconnects). When the server shuts down, it ends
         *     every stream with a `retry:` hint, once the other requests are done; and
         *     it drops a client that stops reading, rather than hold what it has not
         *     read. A read-only token may stream. A user may have at most
         *     `STREAMS_PER_USER` (4 by default) streams open on an instance: one more
         *     is 429.
         */
        get: operations["streamUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every post (explore), or search them
         * @description Every user's posts, newest first. See `PostCollection` for pages and
         *     cursors. With `q`, only the posts that contain every word of it,
         *     without regard to case or accents, the last word also as the start of
         *     a longer one (`q=flask tut` finds "Flask tutorial"). Punctuation
         *     separates words and is otherwise ignored; quotes, `*`, `OR`, `NEAR`
         *     and `-` are words or punctuation like any other, never operators.
         *     The last word stands for at most 50 words (itself and the first 49
         *     longer ones in order), and a search's `total_items` (and
         *     `total_pages`) count at most the first 10,000 posts found: counting
         *     every post of a common word would cost as much as reading them all.
         */
        get: operations["listPosts"];
        put?: never;
        /**
         * Write a post, or reply to one
         * @description Publishes a post by the requester; its body is trimmed before it is
         *     stored. With `in_reply_to`, the post is a reply to that post (which
         *     must exist: otherwise 400 naming the field), and counts in its
         *     `reply_count`.
         */
        post: operations["createPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The post's id.
                 * @example 1
                 */
                id: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        /**
         * Get one post
         * @description Any post, with a short form of its author.
         */
        get: operations["getPost"];
        /**
         * Edit your post
         * @description Replaces the body of a post; only its author may.
         */
        put: operations["updatePost"];
        post?: never;
        /**
         * Delete your post
         * @description Only its author may.
         */
        delete: operations["deletePost"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The post's id.
                 * @example 1
                 */
                id: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        /**
         * List the replies to a post
         * @description The posts that reply to this one directly, oldest first (a
         *     conversation reads down): `after=<id>` for the replies after one,
         *     `before=<id>` for those before it. 404 when there is no such post.
         */
        get: operations["listReplies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts/{id}/likers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The post's id.
                 * @example 1
                 */
                id: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        /**
         * List who liked a post
         * @description The users who like this post, ordered by id; 404 when there is no such post.
         */
        get: operations["listLikers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your timeline
         * @description The requester's own posts and the posts of everyone the requester
         *     follows, newest first. See `PostCollection` for pages and cursors.
         */
        get: operations["getFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your sessions
         * @description The requester's sessions (one per login, kept across refreshes),
         *     newest first, one page at a time: where each was started from, when
         *     it was last used (to the minute) and when it ends unless refreshed.
         *     `current` marks the session of the token used for this request.
         */
        get: operations["listSessions"];
        put?: never;
        /**
         * Log in (start a session)
         * @description Exchanges a username and password, sent with HTTP Basic
         *     authentication, for a new session: an access token (`token`, valid
         *     for `expires_in` seconds) and a refresh token that gets the next pair
         *     from `POST /api/tokens/refresh` without the password. A wrong
         *     username and a wrong password get the same answer. An optional body
         *     asks for a read-only session (`{"scope": "read"}`); the default scope
         *     is `read write`.
         */
        post: operations["createToken"];
        /**
         * Log out (end this session)
         * @description Ends the session of the token sent in the Authorization header: the
         *     token and the session's refresh token stop working at once. Any
         *     token may end its own session, a read-only one too.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh a session
         * @description Exchanges a refresh token for a new access token and a new refresh
         *     token of the same session and scope; the refresh token sent is spent.
         *     Sending a spent refresh token again means it was copied: the answer
         *     is 401 and the whole session ends at once (its access and refresh
         *     tokens). An unknown, expired or revoked refresh token is 401 too.
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one of your sessions
         * @description Ends one of the requester's sessions (a lost phone's, say): its access
         *     and refresh tokens stop working at once. Another user's session is
         *     404, exactly like one that does not exist.
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The API's entry point
         * @description Links to every top-level collection and resource, so that a client
         *     can start from this one URL and discover the rest by following links.
         *     A client whose Accept header prefers text/html over application/json
         *     (a browser) is sent to the documentation instead.
         */
        get: operations["getApiRoot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This contract, as JSON
         * @description The OpenAPI document this server is built from, for tools and SDK generators.
         */
        get: operations["getContractJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This contract, as YAML
         * @description The OpenAPI document this server is built from, byte for byte as written.
         */
        get: operations["getContractYaml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Letters, digits, `.`, `_` and `-`; unique without regard to case.
         * @example susan
         */
        Username: string;
        /**
         * Format: email
         * @description Unique without regard to case.
         * @example susan@example.com
         */
        Email: string;
        /** @example Hello, my name is Susan! */
        AboutMe: string | null;
        /**
         * Format: password
         * @description 1 to 72 bytes as UTF-8 (bcrypt's limit).
         * @example my-password
         */
        Password: string;
        /**
         * @description A registration.
         * @example {
         *       "username": "susan",
         *       "email": "susan@example.com",
         *       "password": "my-password",
         *       "about_me": "Hello, my name is Susan!"
         *     }
         */
        NewUser: {
            username: components["schemas"]["Username"];
            email: components["schemas"]["Email"];
            password: components["schemas"]["Password"];
            about_me?: components["schemas"]["AboutMe"];
        };
        /**
         * @description The fields to change; at least one. `password` needs `current_password`.
         * @example {
         *       "about_me": "Hi, I am Susan"
         *     }
         */
        UserUpdate: {
            username?: components["schemas"]["Username"];
            email?: components["schemas"]["Email"];
            about_me?: components["schemas"]["AboutMe"];
            password?: components["schemas"]["Password"];
            /**
             * Format: password
             * @description The password being replaced; required with `password`.
             */
            current_password?: string;
        };
        /**
         * @description A user as others see it; `email` and `unread_message_count` are present only in your own representation.
         * @example {
         *       "id": 123,
         *       "username": "susan",
         *       "last_seen": "2017-10-20T15:04:27.000Z",
         *       "about_me": "Hello, my name is Susan!",
         *       "post_count": 7,
         *       "follower_count": 35,
         *       "followed_count": 21,
         *       "_links": {
         *         "self": "/api/users/123",
         *         "followers": "/api/users/123/followers",
         *         "followed": "/api/users/123/followed",
         *         "posts": "/api/users/123/posts",
         *         "avatar": "https://www.gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346?d=identicon&s=128"
         *       }
         *     }
         */
        User: {
            /**
             * Format: int32
             * @example 123
             */
            id: number;
            username: components["schemas"]["Username"];
            email?: components["schemas"]["Email"];
            /**
             * Format: date-time
             * @description When the user was last active, to the minute.
             * @example 2017-10-20T15:04:27.000Z
             */
            last_seen: string;
            about_me: components["schemas"]["AboutMe"];
            /**
             * Format: int32
             * @example 7
             */
            post_count: number;
            /**
             * Format: int32
             * @example 35
             */
            follower_count: number;
            /**
             * Format: int32
             * @example 21
             */
            followed_count: number;
            /**
             * Format: int32
             * @description How many of the private messages you received are unread (after your read marker). Only in your own representation.
             * @example 2
             */
            unread_message_count?: number;
            _links: components["schemas"]["UserLinks"];
        };
        /** @description Where to find the user and the resources related to it. */
        UserLinks: {
            /**
             * Format: uri-reference
             * @example /api/users/123
             */
            self: string;
            /**
             * Format: uri-reference
             * @example /api/users/123/followers
             */
            followers: string;
            /**
             * Format: uri-reference
             * @example /api/users/123/followed
             */
            followed: string;
            /**
             * Format: uri-reference
             * @example /api/users/123/posts
             */
            posts: string;
            /**
             * Format: uri
             * @description A Gravatar image URL, 128 pixels square.
             * @example https://www.gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346?d=identicon&s=128
             */
            avatar: string;
        };
        /**
         * @description A page of users in id order. A client can ask for a page by number
         *     (`page`) or by cursor (`after=<user id>` for the users just after it,
         *     `before=<user id>` for those just before). The `next` link always
         *     uses `after` and the `prev` link `before`, so following them costs
         *     the same at any depth and no user is skipped or repeated while users
         *     register or leave. `next` is null at the end, `prev` at the start.
         * @example {
         *       "items": [
         *         {
         *           "id": 123,
         *           "username": "susan",
         *           "last_seen": "2017-10-20T15:04:27.000Z",
         *           "about_me": "Hello, my name is Susan!",
         *           "post_count": 7,
         *           "follower_count": 35,
         *           "followed_count": 21,
         *           "_links": {
         *             "self": "/api/users/123",
         *             "followers": "/api/users/123/followers",
         *             "followed": "/api/users/123/followed",
         *             "posts": "/api/users/123/posts",
         *             "avatar": "https://www.gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346?d=identicon&s=128"
         *           }
         *         }
         *       ],
         *       "_meta": {
         *         "page": 2,
         *         "per_page": 10,
         *         "total_pages": 3,
         *         "total_items": 21
         *       },
         *       "_links": {
         *         "self": "/api/users?page=2&per_page=10",
         *         "next": "/api/users?after=130&per_page=10",
         *         "prev": "/api/users?before=123&per_page=10"
         *       }
         *     }
         */
        UserCollection: {
            items: components["schemas"]["User"][];
            _meta: components["schemas"]["PageMeta"];
            _links: components["schemas"]["PageLinks"];
        };
        /**
         * @description The size of the page and of the whole collection. `page` is the page
         *     number when the page was asked for by number, and null when it was
         *     reached by a cursor.
         */
        PageMeta: {
            /**
             * Format: int32
             * @example 1
             */
            page: number | null;
            /**
             * Format: int32
             * @example 10
             */
            per_page: number;
            /**
             * Format: int32
             * @example 12
             */
            total_pages: number;
            /**
             * Format: int32
             * @example 115
             */
            total_items: number;
        };
        /**
         * @description Links to this page and its neighbours in the collection's order.
         *     `next` and `prev` use cursors (`before`, `after`) and are null at the
         *     ends. The one exception: past the end of a collection asked for by
         *     page number there is no item to be a cursor, and `prev` is the
         *     collection's last page by number (`page=`).
         */
        PageLinks: {
            /**
             * Format: uri-reference
             * @example /api/users?page=2&per_page=10
             */
            self: string;
            /**
             * Format: uri-reference
             * @example /api/users?after=20&per_page=10
             */
            next: string | null;
            /**
             * Format: uri-reference
             * @example /api/users?before=11&per_page=10
             */
            prev: string | null;
        };
        /**
         * @description What a post says.
         * @example {
         *       "body": "Hello, world!"
         *     }
         */
        PostInput: {
            /**
             * @description 1 to 280 characters once leading and trailing white space is
             *     removed (it is removed before the post is stored).
             * @example Hello, world!
             */
            body: string;
        };
        /**
         * @description What a new post says, and the post it replies to, if any.
         * @example {
         *       "body": "I agree!",
         *       "in_reply_to": 17
         *     }
         */
        NewPost: {
            body: components["schemas"]["PostInput"]["body"];
            /**
             * Format: int32
             * @description The id of the post this one replies to.
             * @example 17
             */
            in_reply_to?: number;
        };
        /**
         * @description A post and its author; a reply names the post it replies to
         *     (`in_reply_to`, null for a post that is not a reply, or whose post was
         *     deleted since), and every post counts its direct replies.
         * @example {
         *       "id": 17,
         *       "body": "Hello, world!",
         *       "timestamp": "2026-11-25T10:15:00.000Z",
         *       "in_reply_to": null,
         *       "reply_count": 2,
         *       "like_count": 5,
         *       "mentions": [],
         *       "author": {
         *         "id": 123,
         *         "username": "susan",
         *         "_links": {
         *           "self": "/api/users/123",
         *           "avatar": "https://www.gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346?d=identicon&s=128"
         *         }
         *       },
         *       "_links": {
         *         "self": "/api/posts/17",
         *         "author": "/api/users/123",
         *         "replies": "/api/posts/17/replies",
         *         "likers": "/api/posts/17/likers"
         *       }
         *     }
         */
        Post: {
            /**
             * Format: int32
             * @example 17
             */
            id: number;
            /** @example Hello, world! */
            body: string;
            /**
             * Format: date-time
             * @description When the post was written.
             * @example 2026-11-25T10:15:00.000Z
             */
            timestamp: string;
            author: components["schemas"]["UserSummary"];
            /**
             * Format: int32
             * @description The id of the post this one replies to; null when it replies to none (or that post was deleted).
             * @example null
             */
            in_reply_to: number | null;
            /**
             * Format: int32
             * @description How many posts reply to this one directly.
             * @example 2
             */
            reply_count: number;
            /**
             * Format: int32
             * @description How many users like this post.
             * @example 5
             */
            like_count: number;
            /** @description The users the body mentions as `@username` (any case), in id order; a name nobody has is only text. */
            mentions: components["schemas"]["UserSummary"][];
            _links: components["schemas"]["PostLinks"];
        };
        /** @description Where to find the post, its author, its replies, who likes it and, for a reply, the post it replies to. */
        PostLinks: {
            /**
             * Format: uri-reference
             * @example /api/posts/17/likers
             */
            likers: string;
            /**
             * Format: uri-reference
             * @example /api/posts/17/replies
             */
            replies: string;
            /**
             * Format: uri-reference
             * @example /api/posts/12
             */
            in_reply_to?: string;
            /**
             * Format: uri-reference
             * @example /api/posts/17
             */
            self: string;
            /**
             * Format: uri-reference
             * @example /api/users/123
             */
            author: string;
        };
        /** @description Just enough of a user to show beside a post. */
        UserSummary: {
            /**
             * Format: int32
             * @example 123
             */
            id: number;
            username: components["schemas"]["Username"];
            _links: components["schemas"]["UserSummaryLinks"];
        };
        /** @description The user's own URL and avatar. */
        UserSummaryLinks: {
            /**
             * Format: uri-reference
             * @example /api/users/123
             */
            self: string;
            /**
             * Format: uri
             * @example https://www.gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346?d=identicon&s=128
             */
            avatar: string;
        };
        /**
         * @description A page of posts, newest first. A client can ask for a page by number
         *     (`page`), or by cursor: `before=<post id>` for the posts just older
         *     than that post and `after=<post id>` for the posts just newer. The
         *     `next` link always uses `before` and the `prev` link `after`, so
         *     following them costs the same at any depth, and no post is skipped
         *     or repeated while new ones are written. `next` is null when there
         *     is nothing older, `prev` when there is nothing newer.
         * @example {
         *       "items": [
         *         {
         *           "id": 17,
         *           "body": "Hello, world!",
         *           "timestamp": "2026-11-25T10:15:00.000Z",
         *           "author": {
         *             "id": 123,
         *             "username": "susan",
         *             "_links": {
         *               "self": "/api/users/123",
         *               "avatar": "https://www.gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346?d=identicon&s=128"
         *             }
         *           },
         *           "in_reply_to": null,
         *           "reply_count": 2,
         *           "like_count": 5,
         *           "mentions": [],
         *           "_links": {
         *             "self": "/api/posts/17",
         *             "author": "/api/users/123",
         *             "replies": "/api/posts/17/replies",
         *             "likers": "/api/posts/17/likers"
         *           }
         *         }
         *       ],
         *       "_meta": {
         *         "page": null,
         *         "per_page": 10,
         *         "total_pages": 12,
         *         "total_items": 115
         *       },
         *       "_links": {
         *         "self": "/api/feed?before=18&per_page=10",
         *         "next": "/api/feed?before=17&per_page=10",
         *         "prev": "/api/feed?after=17&per_page=10"
         *       }
         *     }
         */
        PostCollection: {
            items: components["schemas"]["Post"][];
            _meta: components["schemas"]["PageMeta"];
            _links: components["schemas"]["PageLinks"];
        };
        /**
         * @description What a private message says.
         * @example {
         *       "body": "Are you coming tonight?"
         *     }
         */
        NewMessage: {
            body: components["schemas"]["PostInput"]["body"];
        };
        /**
         * @description A private message, which only its sender and its recipient can read.
         * @example {
         *       "id": 5,
         *       "body": "Are you coming tonight?",
         *       "timestamp": "2026-12-04T18:30:00.000Z",
         *       "sender": {
         *         "id": 123,
         *         "username": "susan",
         *         "_links": {
         *           "self": "/api/users/123",
         *           "avatar": "https://www.gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346?d=identicon&s=128"
         *         }
         *       },
         *       "recipient": {
         *         "id": 124,
         *         "username": "john",
         *         "_links": {
         *           "self": "/api/users/124",
         *           "avatar": "https://www.gravatar.com/avatar/527bd5b5d689e2c32ae974c6229ff785?d=identicon&s=128"
         *         }
         *       },
         *       "_links": {
         *         "self": "/api/messages/5",
         *         "sender": "/api/users/123",
         *         "recipient": "/api/users/124"
         *       }
         *     }
         */
        Message: {
            /**
             * Format: int32
             * @example 5
             */
            id: number;
            /** @example Are you coming tonight? */
            body: string;
            /**
             * Format: date-time
             * @description When the message was sent.
             * @example 2026-12-04T18:30:00.000Z
             */
            timestamp: string;
            sender: components["schemas"]["UserSummary"];
            recipient: components["schemas"]["UserSummary"];
            _links: components["schemas"]["MessageLinks"];
        };
        /** @description Where to find the message, its sender and its recipient. */
        MessageLinks: {
            /**
             * Format: uri-reference
             * @example /api/messages/5
             */
            self: string;
            /**
             * Format: uri-reference
             * @example /api/users/123
             */
            sender: string;
            /**
             * Format: uri-reference
             * @example /api/users/124
             */
            recipient: string;
        };
        /**
         * @description A page of private messages, newest first, with the usual cursors (`before` and `after` a message id).
         * @example {
         *       "items": [
         *         {
         *           "id": 5,
         *           "body": "Are you coming tonight?",
         *           "timestamp": "2026-12-04T18:30:00.000Z",
         *           "sender": {
         *             "id": 123,
         *             "username": "susan",
         *             "_links": {
         *               "self": "/api/users/123",
         *               "avatar": "https://www.gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346?d=identicon&s=128"
         *             }
         *           },
         *           "recipient": {
         *             "id": 124,
         *             "username": "john",
         *             "_links": {
         *               "self": "/api/users/124",
         *               "avatar": "https://www.gravatar.com/avatar/527bd5b5d689e2c32ae974c6229ff785?d=identicon&s=128"
         *             }
         *           },
         *           "_links": {
         *             "self": "/api/messages/5",
         *             "sender": "/api/users/123",
         *             "recipient": "/api/users/124"
         *           }
         *         }
         *       ],
         *       "_meta": {
         *         "page": 1,
         *         "per_page": 10,
         *         "total_pages": 1,
         *         "total_items": 1
         *       },
         *       "_links": {
         *         "self": "/api/messages?page=1&per_page=10",
         *         "next": null,
         *         "prev": null
         *       }
         *     }
         */
        MessageCollection: {
            items: components["schemas"]["Message"][];
            _meta: components["schemas"]["PageMeta"];
            _links: components["schemas"]["PageLinks"];
        };
        /**
         * @description The last message read.
         * @example {
         *       "last_read_id": 5
         *     }
         */
        ReadMarkerInput: {
            /**
             * Format: int32
             * @description Every message received with an id up to this one is read.
             * @example 5
             */
            last_read_id: number;
        };
        /**
         * @description How far the requester has read the messages received, and how many are unread.
         * @example {
         *       "last_read_id": 5,
         *       "unread_message_count": 0
         *     }
         */
        ReadMarker: {
            /**
             * Format: int32
             * @description Every message received with an id up to this one is read.
             * @example 5
             */
            last_read_id: number;
            /**
             * Format: int32
             * @description How many messages received are after the marker.
             * @example 0
             */
            unread_message_count: number;
        };
        /**
         * @description What happened: `follow` (the actor follows you), `reply` (the actor
         *     replied to your post: `post` is the reply), `like` (the actor likes
         *     your post), `mention` (the actor's post mentions you), `message` (the
         *     actor sent you a message).
         * @example like
         * @enum {string}
         */
        NotificationType: "follow" | "reply" | "like" | "mention" | "message";
        /**
         * @description Something another user did that concerns you, with the post or message concerned.
         * @example {
         *       "id": 42,
         *       "type": "follow",
         *       "timestamp": "2026-12-04T18:31:00.000Z",
         *       "actor": {
         *         "id": 123,
         *         "username": "susan",
         *         "_links": {
         *           "self": "/api/users/123",
         *           "avatar": "https://www.gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346?d=identicon&s=128"
         *         }
         *       }
         *     }
         */
        Notification: {
            /**
             * Format: int32
             * @example 42
             */
            id: number;
            type: components["schemas"]["NotificationType"];
            /**
             * Format: date-time
             * @description When it happened.
             * @example 2026-12-04T18:31:00.000Z
             */
            timestamp: string;
            actor: components["schemas"]["UserSummary"];
            post?: components["schemas"]["Post"];
            message?: components["schemas"]["Message"];
        };
        /**
         * @description A page of notifications, oldest first; `next` goes on to newer ones (`after` the last id).
         * @example {
         *       "items": [
         *         {
         *           "id": 42,
         *           "type": "follow",
         *           "timestamp": "2026-12-04T18:31:00.000Z",
         *           "actor": {
         *             "id": 123,
         *             "username": "susan",
         *             "_links": {
         *               "self": "/api/users/123",
         *               "avatar": "https://www.gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346?d=identicon&s=128"
         *             }
         *           }
         *         }
         *       ],
         *       "_meta": {
         *         "page": null,
         *         "per_page": 10,
         *         "total_pages": 1,
         *         "total_items": 1
         *       },
         *       "_links": {
         *         "self": "/api/notifications?after=41&per_page=10",
         *         "next": null,
         *         "prev": null
         *       }
         *     }
         */
        NotificationCollection: {
            items: components["schemas"]["Notification"][];
            _meta: components["schemas"]["PageMeta"];
            _links: components["schemas"]["PageLinks"];
        };
        /** @description Where the token's holder can learn who it is. */
        TokenLinks: {
            /**
             * Format: uri-reference
             * @example /api/me
             */
            me: string;
            /**
             * Format: uri-reference
             * @example /api/users/123
             */
            user: string;
        };
        /**
         * @description What a token may do: `read` calls every GET and may end its own session; `read write` may do everything its user may.
         * @example read write
         * @enum {string}
         */
        TokenScope: "read" | "read write";
        /**
         * @description What a login asks for besides the password (everything optional).
         * @example {
         *       "scope": "read"
         *     }
         */
        TokenRequest: {
            scope?: components["schemas"]["TokenScope"];
        };
        /**
         * @description A refresh token, to be exchanged for the session's next pair.
         * @example {
         *       "refresh_token": "kR9f-2bEXAMPLEq8TzVw1mN0pLxY3sD5gH7jK9aQ4cE"
         *     }
         */
        RefreshRequest: {
            /** @example kR9f-2bEXAMPLEq8TzVw1mN0pLxY3sD5gH7jK9aQ4cE */
            refresh_token: string;
        };
        /**
         * @description A session's tokens: an access token for `Authorization: Bearer`, valid
         *     for `expires_in` seconds, and a refresh token for
         *     `POST /api/tokens/refresh`, valid for much longer and spent when used.
         *     Only their hashes are stored.
         * @example {
         *       "token": "3q2-7wEXAMPLEj1nRkmbXSQ6u4aG4Ga3PYr2qT1o8xA",
         *       "expires_at": "2026-11-25T10:15:00.000Z",
         *       "expires_in": 3600,
         *       "refresh_token": "kR9f-2bEXAMPLEq8TzVw1mN0pLxY3sD5gH7jK9aQ4cE",
         *       "scope": "read write",
         *       "_links": {
         *         "me": "/api/me",
         *         "user": "/api/users/123"
         *       }
         *     }
         */
        Token: {
            /**
             * @description Send it as `Authorization: Bearer <token>`.
             * @example 3q2-7wEXAMPLEj1nRkmbXSQ6u4aG4Ga3PYr2qT1o8xA
             */
            token: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:15:00.000Z
             */
            expires_at: string;
            /**
             * Format: int32
             * @description Seconds until the access token expires.
             * @example 3600
             */
            expires_in: number;
            /**
             * @description Keep it secret, and send it once to `POST /api/tokens/refresh` when the access token expires.
             * @example kR9f-2bEXAMPLEq8TzVw1mN0pLxY3sD5gH7jK9aQ4cE
             */
            refresh_token: string;
            scope: components["schemas"]["TokenScope"];
            _links: components["schemas"]["TokenLinks"];
        };
        /**
         * @description One login of the requester's, kept across refreshes.
         * @example {
         *       "id": 7,
         *       "scope": "read write",
         *       "created": "2026-11-25T09:15:00.000Z",
         *       "last_used": "2026-11-25T09:42:00.000Z",
         *       "user_agent": "MicroblogApp/2.1 (iPhone; iOS 19.1)",
         *       "current": true,
         *       "expires": "2026-12-09T09:15:00.000Z"
         *     }
         */
        Session: {
            /**
             * Format: int32
             * @description End it with `DELETE /api/tokens/{id}`.
             * @example 7
             */
            id: number;
            scope: components["schemas"]["TokenScope"];
            /**
             * Format: date-time
             * @description When the session was started (the login).
             * @example 2026-11-25T09:15:00.000Z
             */
            created: string;
            /**
             * Format: date-time
             * @description When one of its tokens was last used, to within a minute.
             * @example 2026-11-25T09:42:00.000Z
             */
            last_used: string;
            /**
             * @description The User-Agent of the login or the latest refresh (at most 256 characters), or null when none was sent.
             * @example MicroblogApp/2.1 (iPhone; iOS 19.1)
             */
            user_agent: string | null;
            /**
             * @description True for the session of the token that made this request.
             * @example true
             */
            current: boolean;
            /**
             * Format: date-time
             * @description When the session ends unless it is refreshed (its refresh token's expiry).
             * @example 2026-12-09T09:15:00.000Z
             */
            expires: string;
        };
        /**
         * @description A page of the requester's sessions, newest first, with the usual cursors (`before` and `after` a session id).
         * @example {
         *       "items": [
         *         {
         *           "id": 7,
         *           "scope": "read write",
         *           "created": "2026-11-25T09:15:00.000Z",
         *           "last_used": "2026-11-25T09:42:00.000Z",
         *           "user_agent": "MicroblogApp/2.1 (iPhone; iOS 19.1)",
         *           "current": true,
         *           "expires": "2026-12-09T09:15:00.000Z"
         *         }
         *       ],
         *       "_meta": {
         *         "page": 1,
         *         "per_page": 10,
         *         "total_pages": 1,
         *         "total_items": 1
         *       },
         *       "_links": {
         *         "self": "/api/tokens?page=1&per_page=10",
         *         "next": null,
         *         "prev": null
         *       }
         *     }
         */
        SessionCollection: {
            items: components["schemas"]["Session"][];
            _meta: components["schemas"]["PageMeta"];
            _links: components["schemas"]["PageLinks"];
        };
        /** @description A machine-friendly error. */
        Error: {
            code: components["schemas"]["ErrorCode"];
            /**
             * @description The HTTP reason phrase of the status code.
             * @example Not Found
             */
            error: string;
            /**
             * @description What went wrong, for a person to read.
             * @example user 42 does not exist
             */
            message: string;
            /** @description For validation errors, one entry for each problem found. */
            details?: components["schemas"]["ErrorDetail"][];
        };
        /**
         * @description Why the request failed, as a stable snake_case string a client can
         *     switch on (the `message` is for people, and its words may change).
         *     New codes may be added in a minor version: treat an unknown code as
         *     its HTTP status says.
         *
         *     | code | status | meaning |
         *     |---|---|---|
         *     | `validation_failed` | 400 | A parameter, header or body field breaks the contract's rules; `details` names each. |
         *     | `malformed_request` | 400 | The request could not be read: not HTTP/1.1, no `Host`, a URL that is not validly percent-encoded, or a body that is not UTF-8 JSON or ends early. |
         *     | `username_taken` | 400 | Another user has this username (compared without regard to case). |
         *     | `email_taken` | 400 | Another user has this email address (compared without regard to case). |
         *     | `password_incorrect` | 400 | `current_password` is not the user's password. |
         *     | `cannot_follow_yourself` | 400 | `target_id` is the requester's own id. |
         *     | `cannot_message_yourself` | 400 | A message's recipient is its sender. |
         *     | `reply_to_not_found` | 400 | `in_reply_to` names no post (or one deleted meanwhile). |
         *     | `authentication_required` | 401 | The request carries no credentials of the scheme the operation needs. |
         *     | `credentials_invalid` | 401 | The username and password do not match. |
         *     | `token_invalid` | 401 | The bearer token is unknown, revoked, or its account deleted: log in again. |
         *     | `token_expired` | 401 | The bearer token has expired: refresh it (`POST /api/tokens/refresh`) or log in again. |
         *     | `refresh_token_invalid` | 401 | The refresh token is unknown, expired or revoked: log in again. |
         *     | `refresh_token_reused` | 401 | The refresh token was spent already, so its session was ended: log in again. |
         *     | `not_owner` | 403 | The resource belongs to another user. |
         *     | `insufficient_scope` | 403 | The token's scope does not allow the operation (`WWW-Authenticate` names the scope needed). |
         *     | `user_not_found` | 404 | No user has this id. |
         *     | `post_not_found` | 404 | No post has this id. |
         *     | `message_not_found` | 404 | No message of the requester's has this id. |
         *     | `session_not_found` | 404 | The requester has no session of this id. |
         *     | `not_following` | 404 | The user does not follow that user. |
         *     | `not_liked` | 404 | The user does not like that post. |
         *     | `not_found` | 404 | Nothing is at this URL. |
         *     | `method_not_allowed` | 405 | The URL does not support the method; `Allow` lists those it does. |
         *     | `request_timeout` | 408 | The request was not received in time. |
         *     | `precondition_failed` | 412 | `If-Match` does not match the resource's current ETag: read it again. |
         *     | `body_too_large` | 413 | The request body is larger than the server accepts. |
         *     | `unsupported_media_type` | 415 | The request body is not `application/json`. |
         *     | `idempotency_key_reused` | 422 | The `Idempotency-Key` was used for a different request. |
         *     | `idempotency_target_deleted` | 422 | What the `Idempotency-Key` created has been deleted since. |
         *     | `rate_limited` | 429 | Over a rate limit: wait `Retry-After` seconds. |
         *     | `too_many_streams` | 429 | The user has as many event streams open as allowed: close one. |
         *     | `headers_too_large` | 431 | The request headers are larger than the server accepts. |
         *     | `internal_error` | 500 | A failure in the server; the `X-Request-Id` finds it in the server's log. |
         *     | `database_unavailable` | 503 | The database is not answering: wait `Retry-After` seconds. |
         * @example user_not_found
         * @enum {string}
         */
        ErrorCode: "validation_failed" | "malformed_request" | "username_taken" | "email_taken" | "password_incorrect" | "cannot_follow_yourself" | "cannot_message_yourself" | "reply_to_not_found" | "authentication_required" | "credentials_invalid" | "token_invalid" | "token_expired" | "refresh_token_invalid" | "refresh_token_reused" | "not_owner" | "insufficient_scope" | "user_not_found" | "post_not_found" | "message_not_found" | "session_not_found" | "not_following" | "not_liked" | "not_found" | "method_not_allowed" | "request_timeout" | "precondition_failed" | "body_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "idempotency_target_deleted" | "rate_limited" | "too_many_streams" | "headers_too_large" | "internal_error" | "database_unavailable";
        /** @description One problem with one part of the request. */
        ErrorDetail: {
            /**
             * @example body
             * @enum {string}
             */
            in: "body" | "query" | "path" | "header";
            /**
             * @description The field or parameter, when the problem is with one.
             * @example email
             */
            field?: string;
            /** @example must be a valid email address */
            message: string;
        };
        /**
         * @description The entry point's links to every top-level collection and resource.
         * @example {
         *       "version": "1.0.0",
         *       "_links": {
         *         "self": "/api",
         *         "users": "/api/users",
         *         "posts": "/api/posts",
         *         "feed": "/api/feed",
         *         "me": "/api/me",
         *         "tokens": "/api/tokens",
         *         "docs": "/api/docs",
         *         "openapi": "/api/openapi.json"
         *       }
         *     }
         */
        ApiRoot: {
            /**
             * @description The version of this contract (`info.version`).
             * @example 1.0.0
             */
            version: string;
            _links: components["schemas"]["ApiRootLinks"];
        };
        /** @description Where each top-level collection and resource lives. */
        ApiRootLinks: {
            /** Format: uri-reference */
            self: string;
            /**
             * Format: uri-reference
             * @description Every user; POST here to register.
             */
            users: string;
            /**
             * Format: uri-reference
             * @description Every post, newest first; POST here to write one.
             */
            posts: string;
            /**
             * Format: uri-reference
             * @description The requester's timeline.
             */
            feed: string;
            /**
             * Format: uri-reference
             * @description The requester's own user.
             */
            me: string;
            /**
             * Format: uri-reference
             * @description POST with Basic credentials for a token; DELETE to revoke it.
             */
            tokens: string;
            /**
             * Format: uri-reference
             * @description The interactive documentation.
             */
            docs: string;
            /**
             * Format: uri-reference
             * @description This contract.
             */
            openapi: string;
        };
        /**
         * @description An OpenAPI 3.0 document.
         * @example {
         *       "openapi": "3.0.3",
         *       "info": {
         *         "title": "Microblog API",
         *         "version": "1.0.0"
         *       },
         *       "paths": {}
         *     }
         */
        OpenApiDocument: {
            /** @example 3.0.3 */
            openapi: string;
            info: components["schemas"]["OpenApiSection"];
            paths: components["schemas"]["OpenApiSection"];
        } & {
            [key: string]: unknown;
        };
        /** @description A section of an OpenAPI document, as the OpenAPI specification defines it. */
        OpenApiSection: {
            [key: string]: unknown;
        };
        /**
         * @description The process is alive.
         * @example {
         *       "status": "pass"
         *     }
         */
        Liveness: {
            /** @enum {string} */
            status: "pass";
        };
        /**
         * @description Whether the instance is ready to serve, and each check that says so.
         * @example {
         *       "status": "pass",
         *       "checks": {
         *         "database": {
         *           "status": "pass"
         *         },
         *         "migrations": {
         *           "status": "pass"
         *         },
         *         "serving": {
         *           "status": "pass"
         *         }
         *       }
         *     }
         */
        Readiness: {
            /**
             * @description `pass` when every check passed.
             * @enum {string}
             */
            status: "pass" | "fail";
            /** @description `database`: the database answers a query. `migrations`: its schema has every migration this release needs. `serving`: the instance is not shutting down (on SIGTERM it finishes the requests in flight, then exits). */
            checks: {
                database: components["schemas"]["HealthCheck"];
                migrations: components["schemas"]["HealthCheck"];
                serving: components["schemas"]["HealthCheck"];
            };
        };
        /** @description One check: passed or failed, and why. */
        HealthCheck: {
            /** @enum {string} */
            status: "pass" | "fail";
            /** @description Why it failed, or a note on a pass. */
            output?: string;
        };
    };
    responses: {
        /**
         * @description The request is malformed or failed validation (an unknown query
         *     parameter included); nothing was changed.
         */
        BadRequest: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Bad Request",
                 *       "code": "validation_failed",
                 *       "message": "body field \"email\" must be a valid email address",
                 *       "details": [
                 *         {
                 *           "in": "body",
                 *           "field": "email",
                 *           "message": "must be a valid email address"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The request is malformed or failed validation, or `target_id` is the
         *     requester's own id: nobody can follow themselves. Nothing was changed.
         */
        CannotFollowYourself: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Bad Request",
                 *       "code": "cannot_follow_yourself",
                 *       "message": "you cannot follow yourself",
                 *       "details": [
                 *         {
                 *           "in": "path",
                 *           "field": "target_id",
                 *           "message": "must not be your own id"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No credentials, or credentials that are wrong, expired or revoked. */
        Unauthorized: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Unauthorized",
                 *       "code": "token_invalid",
                 *       "message": "the token is invalid, expired or revoked"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The requester may not do this to this resource, or the token's scope
         *     does not allow it (then with WWW-Authenticate naming the scope needed).
         */
        Forbidden: {
            headers: {
                "Content-Encoding": components["headers"]["Content-Encoding"];
                Vary: components["headers"]["Vary"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Forbidden",
                 *       "code": "not_owner",
                 *       "message": "you can only change your own user"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such resource. */
        NotFound: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Not Found",
                 *       "code": "user_not_found",
                 *       "message": "user 42 does not exist"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is larger than the server accepts. */
        PayloadTooLarge: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Payload Too Large",
                 *       "code": "body_too_large",
                 *       "message": "the request body is larger than 65536 bytes"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request was not received in time: its headers within HEADERS_TIMEOUT_MS, or the whole request within REQUEST_TIMEOUT_MS. Nothing was done, and the connection is closed. Sent by the server before it routes the request, so it has no other headers. */
        RequestTimeout: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Request Timeout",
                 *       "code": "request_timeout",
                 *       "message": "the request was not received in time"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request line and headers are larger than the server accepts (MAX_HEADER_BYTES, 16 KiB by default). Nothing was done, and the connection is closed. */
        RequestHeaderFieldsTooLarge: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Request Header Fields Too Large",
                 *       "code": "headers_too_large",
                 *       "message": "the request headers are larger than 16384 bytes"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is not `application/json` (with `charset=utf-8` or no parameter). Nothing was read or done. */
        UnsupportedMediaType: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Unsupported Media Type",
                 *       "code": "unsupported_media_type",
                 *       "message": "the request body must be application/json (optionally with charset=utf-8), not application/merge-patch+json"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An unexpected failure in the server; nothing about it is disclosed. */
        InternalServerError: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Internal Server Error",
                 *       "code": "internal_error",
                 *       "message": "an unexpected error occurred"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description If-Match named a version the resource no longer has: someone changed it since it was read. Nothing was changed; read it again. */
        PreconditionFailed: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Precondition Failed",
                 *       "code": "precondition_failed",
                 *       "message": "post 7 has changed since it was read (If-Match does not match its ETag); read it again"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Over a rate limit: nothing was done. Wait Retry-After seconds. Limits are per client address for logins and registrations, per username for failed logins, and per token for everything else. */
        TooManyRequests: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Too Many Requests",
                 *       "code": "rate_limited",
                 *       "message": "too many login attempts from this address; try again in 42 s"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The Idempotency-Key was already used, within 24 hours, for a request with a different body, or what it created has been deleted since: nothing was done. Use a new key for a new request. */
        IdempotencyKeyReused: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Unprocessable Entity",
                 *       "code": "idempotency_key_reused",
                 *       "message": "this Idempotency-Key was used for a different request; use a new key for a new request"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The database did not answer (it is down, restarting or unreachable): nothing was done. Try again after Retry-After seconds; the server recovers by itself when the database returns. */
        ServiceUnavailable: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                "Content-Encoding": components["headers"]["Content-Encoding"];
                "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                Vary: components["headers"]["Vary"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Service Unavailable",
                 *       "code": "database_unavailable",
                 *       "message": "the database is not answering; try again shortly"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The user's id.
         * @example 1
         */
        UserId: number;
        /**
         * @description The id of the user followed, or to follow.
         * @example 2
         */
        TargetUserId: number;
        /**
         * @description The id of the post liked, or to like.
         * @example 17
         */
        LikedPostId: number;
        /**
         * @description The post's id.
         * @example 1
         */
        PostId: number;
        /**
         * @description The message's id.
         * @example 5
         */
        MessageId: number;
        /**
         * @description The id of the last notification the client has: the page holds those
         *     after it (0: from the first). The same as `after`; not allowed with
         *     `page`, `before` or `after`.
         * @example 41
         */
        Since: number;
        /**
         * @description The id of the last event the client received; what came after it is sent first.
         * @example 42
         */
        LastEventId: string;
        /**
         * @description Words every post found contains (1 to 200 characters, at least one letter or digit).
         * @example flask tutorial
         */
        SearchQuery: string;
        /**
         * @description Only the user of this username, compared without regard to case (how an app opens a profile from `@alice`).
         * @example alice
         */
        UsernameFilter: components["schemas"]["Username"];
        /**
         * @description The app's name and version; the session keeps it (up to 256 characters) for `GET /api/tokens`, so that its user can tell their sessions apart.
         * @example MicroblogApp/2.1 (iPhone; iOS 19.1)
         */
        UserAgent: string;
        /**
         * @description The session's id (`GET /api/tokens`).
         * @example 7
         */
        SessionId: number;
        /**
         * @description A cursor: the page of items whose ids are just below this id, in the
         *     collection's order (for posts, newest first: the posts just older).
         *     The id need not exist any more. Not allowed with `page` or `after`.
         * @example 120
         */
        Before: number;
        /**
         * @description A cursor: the page of items whose ids are just above this id, in the
         *     collection's order (for posts, newest first: the posts just newer).
         *     The id need not exist any more. Not allowed with `page` or `before`.
         * @example 140
         */
        After: number;
        /**
         * @description The page number, from 1 (the first page when no page or cursor is
         *     given). Deep pages cost more and shift as items are added: prefer the
         *     `next` and `prev` links, which use the cursors `before` and `after`.
         *     Not allowed with `before` or `after`.
         */
        Page: number;
        /** @description Items a page; values above 100 are treated as 100. */
        PerPage: number;
        /**
         * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
         * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
         */
        IfNoneMatch: string;
        /**
         * @description Change only if the resource is still as read: the ETag from when it was read (or `*`, any version). When it has changed since, nothing is changed and the answer is 412.
         * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
         */
        IfMatch: string;
        /**
         * @description Makes a retry safe: a client that did not get the answer sends the same request again with the same key (a new random UUID per intended creation). Within 24 hours, the same key with the same body, from the same client, creates nothing new and answers 201 with the resource it created the first time (with `Idempotent-Replayed: true`); the same key with a different body gets 422.
         * @example 6f1c1c2e-8d0a-4b8e-9d5f-2a9c1e7b3f10
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description How the body is compressed, when it is: `br` or `gzip`, as the
         *     request's `Accept-Encoding` allows (br preferred), for bodies of 1 KB
         *     and more. Absent when the body is sent as it is (small, or the client
         *     asked for no compression). HTTP clients and browsers decode it
         *     themselves.
         * @example br
         */
        "Content-Encoding": "br" | "gzip";
        /**
         * @description The request headers the answer depends on, for caches:
         *     `Accept-Encoding` always (the body may be compressed), and `Origin`
         *     where browser origins are allowed (CORS), and `Accept` where the
         *     answer depends on it (`GET /api` sends a browser to the documentation). Sent by the
         *     application on every answer with a body; the answers refused
         *     before a request is read (408, 431, and 400 to what is not HTTP)
         *     have none.
         * @example Accept-Encoding
         */
        Vary: string;
        /**
         * @description The URL of the created resource.
         * @example /api/users/1
         */
        Location: string;
        /**
         * @description The authentication scheme the operation expects (RFC 9110, RFC 6750).
         * @example Bearer realm="microblog", error="invalid_token"
         */
        "WWW-Authenticate": string;
        /**
         * @description On a 403 for a token whose scope is too narrow, the scope the operation needs (RFC 6750).
         * @example Bearer realm="microblog", error="insufficient_scope", scope="write"
         */
        "WWW-Authenticate-Scope": string;
        /**
         * @description Identifies the request in the server's logs: the X-Request-Id the client or proxy sent (1 to 128 letters, digits, dots, underscores, dashes), or one the server made up. Quote it when reporting a problem.
         * @example 8f0a5a4e-3c55-4f7e-9a35-0f0f6a1c2b7d
         */
        "X-Request-Id": string;
        /**
         * @description Only the requester's own cache may keep this, and must revalidate it (If-None-Match) before each use: it depends on who asks and can change at any moment.
         * @example private, no-cache
         */
        "Cache-Control-Private": "private, no-cache";
        /**
         * @description Any cache may keep this for five minutes, then revalidate it: it changes only with a release of the server.
         * @example public, max-age=300
         */
        "Cache-Control-Public": "public, max-age=300";
        /**
         * @description Any cache may keep this file of the documentation page for a day, then revalidate it.
         * @example public, max-age=86400
         */
        "Cache-Control-Public-Asset": "public, max-age=86400";
        /**
         * @description No cache may keep this: errors, tokens, health probes and the answers to writes describe one moment, or hold secrets.
         * @example no-store
         */
        "Cache-Control-No-Store": "no-store";
        /**
         * @description Tells nginx (and proxies that follow it) to pass the stream on as it comes, not to buffer it. The API always sends it; nginx takes it for itself and does not pass it on.
         * @example no
         */
        "X-Accel-Buffering": "no";
        /**
         * @description Browsers must not guess another media type than the one declared.
         * @example nosniff
         */
        "X-Content-Type-Options": "nosniff";
        /**
         * @description Nothing in a response of the API may be rendered, run or framed by a browser.
         * @example default-src 'none'; frame-ancestors 'none'
         */
        "Content-Security-Policy-Api": "default-src 'none'; frame-ancestors 'none'";
        /**
         * @description The documentation's pages load scripts, styles, fonts and images from this server only, and may not be framed.
         * @example default-src 'self'; img-src 'self' data:; frame-ancestors 'none'
         */
        "Content-Security-Policy-Page": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
        /**
         * @description Only on responses sent over HTTPS (directly, or behind a proxy trusted with TRUST_PROXY that sends `X-Forwarded-Proto: https`): browsers use HTTPS for this host for two years.
         * @example max-age=63072000
         */
        "Strict-Transport-Security": "max-age=63072000";
        /**
         * @description The version of this representation: a strong entity tag that changes whenever anything in the representation does (counts included). Send it back in If-None-Match to revalidate a copy (304 when unchanged), or in If-Match to change or delete only what you read (412 otherwise). A compressed answer's tag names its coding after the identity's (`"…"` becomes `"…-br"` or `"…-gzip"`); conditional requests accept either.
         * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
         */
        ETag: string;
        /**
         * @description The same links as the body's `_links`, as RFC 8288 web links (as GitHub's API sends them), and the first and last pages by number: `rel="next"` and `rel="prev"` (cursors; absent at either end), `rel="first"`, `rel="last"`. The URLs are relative to the request's.
         * @example </api/posts?before=120&per_page=10>; rel="next", </api/posts?page=1&per_page=10>; rel="first", </api/posts?page=13&per_page=10>; rel="last"
         */
        Link: string;
        /**
         * @description Only when the request's Origin is on the server's allow-list (CORS_ORIGINS, none by default): that origin, so a browser app served from it may read the answer.
         * @example https://app.example.com
         */
        "Access-Control-Allow-Origin": string;
        /**
         * @description The requests (or, for a username, failed logins) the limit that applies to this operation allows per window (IETF draft-ietf-httpapi-ratelimit-headers). Absent when no limit applies (an anonymous request to an operation limited per token).
         * @example 600
         */
        "RateLimit-Limit": number;
        /**
         * @description How many of them are left in the current window.
         * @example 598
         */
        "RateLimit-Remaining": number;
        /**
         * @description Seconds until the current window ends and the budget is whole again.
         * @example 42
         */
        "RateLimit-Reset": number;
        /**
         * @description The limit as `<requests>;w=<window in seconds>`.
         * @example 600;w=60
         */
        "RateLimit-Policy": string;
        /**
         * @description Seconds to wait before trying again.
         * @example 42
         */
        "Retry-After": number;
        /**
         * @description Present on the answer to a retry with an Idempotency-Key that was already used: nothing new was created; this is the resource the first request created, as it is now.
         * @example true
         */
        "Idempotent-Replayed": "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Only the user of this username, compared without regard to case (how an app opens a profile from `@alice`).
                 * @example alice
                 */
                username?: components["parameters"]["UsernameFilter"];
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a client that did not get the answer sends the same request again with the same key (a new random UUID per intended creation). Within 24 hours, the same key with the same body, from the same client, creates nothing new and answers 201 with the resource it created the first time (with `Idempotent-Replayed: true`); the same key with a different body gets 422.
                 * @example 6f1c1c2e-8d0a-4b8e-9d5f-2a9c1e7b3f10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewUser"];
            };
        };
        responses: {
            /** @description The user was created. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Change only if the resource is still as read: the ETag from when it was read (or `*`, any version). When it has changed since, nothing is changed and the answer is 412.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Change only if the resource is still as read: the ETag from when it was read (or `*`, any version). When it has changed since, nothing is changed and the answer is 412.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account is gone. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFollowers: {
        parameters: {
            query?: {
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of followers. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFollowed: {
        parameters: {
            query?: {
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of followed users. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    checkFollowing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
                /**
                 * @description The id of the user followed, or to follow.
                 * @example 2
                 */
                target_id: components["parameters"]["TargetUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User `id` follows user `target_id`. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    followUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
                /**
                 * @description The id of the user followed, or to follow.
                 * @example 2
                 */
                target_id: components["parameters"]["TargetUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User `id` follows user `target_id`. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["CannotFollowYourself"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    unfollowUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
                /**
                 * @description The id of the user followed, or to follow.
                 * @example 2
                 */
                target_id: components["parameters"]["TargetUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User `id` does not follow user `target_id`. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    checkLiked: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
                /**
                 * @description The id of the post liked, or to like.
                 * @example 17
                 */
                post_id: components["parameters"]["LikedPostId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User `id` likes post `post_id`. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    likePost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
                /**
                 * @description The id of the post liked, or to like.
                 * @example 17
                 */
                post_id: components["parameters"]["LikedPostId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User `id` likes post `post_id`. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["CannotFollowYourself"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    unlikePost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
                /**
                 * @description The id of the post liked, or to like.
                 * @example 17
                 */
                post_id: components["parameters"]["LikedPostId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User `id` does not like post `post_id`. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLikedPosts: {
        parameters: {
            query?: {
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the posts the user liked. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listUserPosts: {
        parameters: {
            query?: {
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the user's posts. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMentions: {
        parameters: {
            query?: {
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the posts that mention the user. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requester. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a client that did not get the answer sends the same request again with the same key (a new random UUID per intended creation). Within 24 hours, the same key with the same body, from the same client, creates nothing new and answers 201 with the resource it created the first time (with `Idempotent-Replayed: true`); the same key with a different body gets 422.
                 * @example 6f1c1c2e-8d0a-4b8e-9d5f-2a9c1e7b3f10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The user's id.
                 * @example 1
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewMessage"];
            };
        };
        responses: {
            /** @description The message was sent. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the messages the requester received. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSentMessages: {
        parameters: {
            query?: {
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the messages the requester sent. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    markMessagesRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadMarkerInput"];
            };
        };
        responses: {
            /** @description The read marker as it now is, and how many messages are unread. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadMarker"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The message's id.
                 * @example 5
                 */
                id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /**
                 * @description The id of the last notification the client has: the page holds those
                 *     after it (0: from the first). The same as `after`; not allowed with
                 *     `page`, `before` or `after`.
                 * @example 41
                 */
                since?: components["parameters"]["Since"];
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the requester's notifications. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    streamUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The id of the last event the client received; what came after it is sent first.
                 * @example 42
                 */
                "Last-Event-ID"?: components["parameters"]["LastEventId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream, open until the client or the server ends it. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Accel-Buffering": components["headers"]["X-Accel-Buffering"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example : connected
                     *
                     *     id: 42
                     *     event: post
                     *     data: {"id":17,"body":"Hello, world!","timestamp":"2026-11-25T10:15:00.000Z","author":{"id":123,"username":"susan","_links":{"self":"/api/users/123","avatar":"https://www.gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346?d=identicon&s=128"}},"in_reply_to":null,"reply_count":0,"like_count":0,"mentions":[],"_links":{"self":"/api/posts/17","author":"/api/users/123","replies":"/api/posts/17/replies","likers":"/api/posts/17/likers"}}
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPosts: {
        parameters: {
            query?: {
                /**
                 * @description Words every post found contains (1 to 200 characters, at least one letter or digit).
                 * @example flask tutorial
                 */
                q?: components["parameters"]["SearchQuery"];
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of posts. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPost: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a client that did not get the answer sends the same request again with the same key (a new random UUID per intended creation). Within 24 hours, the same key with the same body, from the same client, creates nothing new and answers 201 with the resource it created the first time (with `Idempotent-Replayed: true`); the same key with a different body gets 422.
                 * @example 6f1c1c2e-8d0a-4b8e-9d5f-2a9c1e7b3f10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPost"];
            };
        };
        responses: {
            /** @description The post was created. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPost: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The post's id.
                 * @example 1
                 */
                id: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The post. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updatePost: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Change only if the resource is still as read: the ETag from when it was read (or `*`, any version). When it has changed since, nothing is changed and the answer is 412.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The post's id.
                 * @example 1
                 */
                id: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostInput"];
            };
        };
        responses: {
            /** @description The edited post. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePost: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Change only if the resource is still as read: the ETag from when it was read (or `*`, any version). When it has changed since, nothing is changed and the answer is 412.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The post's id.
                 * @example 1
                 */
                id: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The post is gone. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listReplies: {
        parameters: {
            query?: {
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The post's id.
                 * @example 1
                 */
                id: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the post's replies. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLikers: {
        parameters: {
            query?: {
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The post's id.
                 * @example 1
                 */
                id: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of followers. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFeed: {
        parameters: {
            query?: {
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the timeline. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostCollection"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /**
                 * @description The page number, from 1 (the first page when no page or cursor is
                 *     given). Deep pages cost more and shift as items are added: prefer the
                 *     `next` and `prev` links, which use the cursors `before` and `after`.
                 *     Not allowed with `before` or `after`.
                 */
                page?: components["parameters"]["Page"];
                /** @description Items a page; values above 100 are treated as 100. */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description A cursor: the page of items whose ids are just below this id, in the
                 *     collection's order (for posts, newest first: the posts just older).
                 *     The id need not exist any more. Not allowed with `page` or `after`.
                 * @example 120
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description A cursor: the page of items whose ids are just above this id, in the
                 *     collection's order (for posts, newest first: the posts just newer).
                 *     The id need not exist any more. Not allowed with `page` or `before`.
                 * @example 140
                 */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sessions. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The app's name and version; the session keeps it (up to 256 characters) for `GET /api/tokens`, so that its user can tell their sessions apart.
                 * @example MicroblogApp/2.1 (iPhone; iOS 19.1)
                 */
                "User-Agent"?: components["parameters"]["UserAgent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A new token. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session has ended. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The app's name and version; the session keeps it (up to 256 characters) for `GET /api/tokens`, so that its user can tell their sessions apart.
                 * @example MicroblogApp/2.1 (iPhone; iOS 19.1)
                 */
                "User-Agent"?: components["parameters"]["UserAgent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description The session's new tokens. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id (`GET /api/tokens`).
                 * @example 7
                 */
                id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session has ended. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApiRoot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where everything is. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Public"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiRoot"];
                };
            };
            /** @description A browser asked; the documentation is at the Location. */
            303: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Public"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    Location: components["headers"]["Location"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Public"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getContractJson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Public"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Public"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getContractYaml: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of copies the client holds (or `*`): when the current one is among them, the answer is 304 with no body.
                 * @example "kXo2kqAuVjW3qk8y1n0m2bqT3Xg"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Public"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Vary: components["headers"]["Vary"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openapi": "3.0.3",
                     *       "info": {
                     *         "title": "Microblog API",
                     *         "version": "1.11.0"
                     *       },
                     *       "paths": {}
                     *     }
                     */
                    "application/yaml": components["schemas"]["OpenApiDocument"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current. No body; use the copy you hold. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Cache-Control": components["headers"]["Cache-Control-Public"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy-Api"];
                    ETag: components["headers"]["ETag"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
