/** Ids and payload shapes discord.js 14 accepts (found by running discord.js 14.28.1 against this fake), for the fake Discord. */
export const APP_ID = "1000000000000000001";
// why: a bot user's id is its application's id.
export const BOT_ID = "1000000000000000001";
export const GUILD_ID = "2000000000000000002";
export const CHANNEL_ID = "3000000000000000003";
export const USER_ID = "4000000000000000004";
export const OTHER_BOT_ID = "4000000000000000099";
const PERMISSIONS = "2248473465835073";
const JOINED = "2024-01-01T00:00:00.000Z";

export const user = { id: USER_ID, username: "alice", discriminator: "0", global_name: "Alice", avatar: null };
export const botUser = { id: BOT_ID, username: "briefbot", discriminator: "0", global_name: null, avatar: null, bot: true };
export const otherBot = { id: OTHER_BOT_ID, username: "otherbot", discriminator: "0", global_name: null, avatar: null, bot: true };
export const member = { user, roles: [], joined_at: JOINED, deaf: false, mute: false, flags: 0, permissions: PERMISSIONS };
export const textChannel = {
  id: CHANNEL_ID,
  type: 0,
  guild_id: GUILD_ID,
  name: "general",
  position: 0,
  permission_overwrites: [],
  nsfw: false,
  parent_id: null,
};

export function guildCreate(threads: unknown[]) {
  return {
    id: GUILD_ID,
    name: "Fake Guild",
    unavailable: false,
    owner_id: USER_ID,
    member_count: 2,
    large: false,
    features: [],
    emojis: [],
    stickers: [],
    presences: [],
    voice_states: [],
    roles: [
      {
        id: GUILD_ID,
        name: "@everyone",
        permissions: PERMISSIONS,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    members: [member],
    channels: [textChannel],
    threads,
    joined_at: JOINED,
  };
}

export function message(id: string, channelId: string, content: string, author: object, extra: object = {}) {
  return {
    id,
    channel_id: channelId,
    guild_id: GUILD_ID,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...extra,
  };
}

export function threadChannel(id: string, parentId: string, name: string, autoArchive = 1440) {
  return {
    id,
    type: 11,
    guild_id: GUILD_ID,
    parent_id: parentId,
    name,
    owner_id: BOT_ID,
    message_count: 0,
    member_count: 1,
    rate_limit_per_user: 0,
    thread_metadata: { archived: false, auto_archive_duration: autoArchive, archive_timestamp: new Date().toISOString(), locked: false },
  };
}

export type CommandOption = { name: string; value: string | boolean; focused?: boolean };

/** INTERACTION_CREATE `d` for `/brief <subcommand> option:value…` (type 2) or its autocomplete (type 4). */
export function briefInteraction(
  id: string,
  type: 2 | 4,
  subcommand: string,
  options: readonly CommandOption[],
  channel: { id: string } = textChannel,
) {
  return {
    id,
    application_id: APP_ID,
    type,
    token: `itoken-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: channel.id,
    channel,
    member,
    app_permissions: PERMISSIONS,
    locale: "en-US",
    guild_locale: "en-US",
    // why: discord.js calls .reduce on entitlements; without it the interaction is dropped.
    entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID },
    context: 0,
    attachment_size_limit: 26214400,
    data: {
      id: "7000000000000000007",
      name: "brief",
      type: 1,
      options: [
        { name: subcommand, type: 1, options: options.map((option) => ({ type: typeof option.value === "boolean" ? 5 : 3, ...option })) },
      ],
    },
  };
}
