import {
  argumentError,
  child,
  EventWrapper,
  hasOwnKey,
  mapOrEmpty,
  optionalChild,
  optionalNumber,
  optionalString,
  requireString,
  stringArrayOrEmpty,
  UNSET,
} from '@evt/core';

// The parts of an Alexa Skills Kit request that describe who and what sent it: the skill, the
// user, the device, and the state of the device's interfaces. The session (`session`) and the
// context (`context.System`) each carry the skill and the user; the context also names the
// device and the token for calling the Alexa APIs.

/** What an Alexa Skills Kit request carries to name the skill, as Amazon documents it. */
export interface RawAlexaSkillApplication {
  /** The skill ID, e.g. `amzn1.ask.skill.<id>`. */
  applicationId: string;
}

/** The permissions a user granted the skill, as Amazon documents them. */
export interface RawAlexaSkillPermissions {
  /**
   * The token for the customer information the user consented to share (deprecated in favour
   * of `context.System.apiAccessToken`); absent until the user grants a permission.
   */
  consentToken?: string | null | undefined;
}

/** The Amazon account that made a request, as Amazon documents it. */
export interface RawAlexaSkillUser {
  /** The ID of the Amazon account, unique to the skill, e.g. `amzn1.ask.account.<id>`. */
  userId: string;
  /** The account-linking access token; absent when the user has not linked an account. */
  accessToken?: string | null | undefined;
  /** The permissions the user granted; absent when there are none. */
  permissions?: RawAlexaSkillPermissions | null | undefined;
}

/** The device a request came from, as Amazon documents it. */
export interface RawAlexaSkillDevice {
  /** The ID of the device, unique to the skill, e.g. `amzn1.ask.device.<id>`. */
  deviceId: string;
  /**
   * The interfaces the device supports, by name (`AudioPlayer`, `Alexa.Presentation.APL`…),
   * each with its own details (often `{}`).
   */
  supportedInterfaces?: Record<string, unknown> | null | undefined;
  /** The persistent ID of the device as an endpoint, when Alexa gives one. */
  persistentEndpointId?: string | null | undefined;
}

/** The person Alexa recognised by voice, as Amazon documents it. */
export interface RawAlexaSkillPerson {
  /** The ID of the recognised person, e.g. `amzn1.ask.person.<id>`. */
  personId: string;
  /** The account-linking access token of the person; absent when not linked. */
  accessToken?: string | null | undefined;
}

/** The unit (a room, a hotel room…) of an Alexa for Business or Smart Properties device. */
export interface RawAlexaSkillUnit {
  /** The ID of the unit, unique to the skill. */
  unitId: string;
  /** The ID of the unit, the same for every skill. */
  persistentUnitId?: string | null | undefined;
}

/** The `System` object of a request's context, as Amazon documents it. */
export interface RawAlexaSkillSystem {
  /** The skill the request is for. */
  application: RawAlexaSkillApplication;
  /** The Amazon account that made the request. */
  user: RawAlexaSkillUser;
  /** The device the request came from; absent from some requests. */
  device?: RawAlexaSkillDevice | null | undefined;
  /** The person Alexa recognised by voice; absent when none was recognised. */
  person?: RawAlexaSkillPerson | null | undefined;
  /** The unit of an Alexa for Business or Smart Properties device. */
  unit?: RawAlexaSkillUnit | null | undefined;
  /** The base URL of the Alexa APIs for the user's region, e.g. `https://api.amazonalexa.com`. */
  apiEndpoint?: string | null | undefined;
  /** The token to call the Alexa APIs with, on the user's behalf. */
  apiAccessToken?: string | null | undefined;
}

/** The state of the device's audio player, as Amazon documents it. */
export interface RawAlexaSkillAudioPlayerState {
  /** What the player is doing: `IDLE`, `PLAYING`, `PAUSED`, `FINISHED`, `BUFFER_UNDERRUN` or `STOPPED`. */
  playerActivity?: string | null | undefined;
  /** The token of the stream the player is on, as the skill gave it in a `Play` directive. */
  token?: string | null | undefined;
  /** How far into the stream the player is, in milliseconds. */
  offsetInMilliseconds?: number | null | undefined;
}

/** The screen of a device, as Amazon documents it. */
export interface RawAlexaSkillViewport {
  /** The kind of device: `HUB`, `TV`, `PC`, `MOBILE`, `AUTO`… */
  mode?: string | null | undefined;
  /** The shape of the screen: `RECTANGLE` or `ROUND`. */
  shape?: string | null | undefined;
  /** The width of the screen, in pixels. */
  pixelWidth?: number | null | undefined;
  /** The height of the screen, in pixels. */
  pixelHeight?: number | null | undefined;
  /** The pixel density of the screen, in dots per inch. */
  dpi?: number | null | undefined;
  /** The width of the area the skill may draw in, in pixels. */
  currentPixelWidth?: number | null | undefined;
  /** The height of the area the skill may draw in, in pixels. */
  currentPixelHeight?: number | null | undefined;
  /** The kinds of touch the screen takes, e.g. `SINGLE`. */
  touch?: string[] | null | undefined;
  /** The kinds of keyboard the device has, e.g. `DIRECTION`. */
  keyboard?: string[] | null | undefined;
}

/** The context of a request: the state of the device and its interfaces, as Amazon documents it. */
export interface RawAlexaSkillContext {
  /** The skill, the user, the device and the API access. */
  System: RawAlexaSkillSystem;
  /** The state of the audio player, on devices that have one. */
  AudioPlayer?: RawAlexaSkillAudioPlayerState | null | undefined;
  /** The screen, on devices that have one. */
  Viewport?: RawAlexaSkillViewport | null | undefined;
}

/**
 * What an audio player is doing: one of the activities Amazon documents, or another string
 * for one it may add.
 */
export type AlexaSkillPlayerActivity =
  | 'IDLE'
  | 'PLAYING'
  | 'PAUSED'
  | 'FINISHED'
  | 'BUFFER_UNDERRUN'
  | 'STOPPED'
  | (string & {});

/**
 * Wrapper for the Amazon account that made a request to an Alexa skill (`session.user` or
 * `context.System.user`).
 *
 * The debug view (`String(event)`, `console.log`) hides {@link accessToken} and
 * {@link consentToken}.
 */
export class AlexaSkillUser extends EventWrapper<RawAlexaSkillUser> {
  static override readonly typeName: string = 'AlexaSkillUser';

  /**
   * The ID of the Amazon account, unique to the skill: it changes when the user disables and
   * enables the skill again (`userId`).
   */
  get userId(): string {
    return requireString(this, this.raw.userId, 'userId');
  }

  /**
   * The access token for the account the user linked to the skill, to call the skill's own
   * service with (`accessToken`). Undefined when the user has not linked an account.
   */
  get accessToken(): string | undefined {
    return optionalString(this, this.raw.accessToken, 'accessToken');
  }

  /**
   * The token for the customer information the user consented to share
   * (`permissions.consentToken`). Amazon deprecates it in favour of
   * {@link AlexaSkillSystem.apiAccessToken}. Undefined when the user granted no permission.
   */
  get consentToken(): string | undefined {
    return optionalString(
      this,
      this.raw.permissions?.consentToken,
      'permissions.consentToken'
    );
  }
}

/**
 * Wrapper for the device a request to an Alexa skill came from (`context.System.device`).
 */
export class AlexaSkillDevice extends EventWrapper<RawAlexaSkillDevice> {
  static override readonly typeName: string = 'AlexaSkillDevice';

  /** The ID of the device, unique to the skill (`deviceId`). */
  get deviceId(): string {
    return requireString(this, this.raw.deviceId, 'deviceId');
  }

  /**
   * The interfaces the device supports, by name (`AudioPlayer`, `Alexa.Presentation.APL`,
   * `Geolocation`…), each with its details (`supportedInterfaces`). Empty object when the
   * request lists none.
   */
  get supportedInterfaces(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(
      this,
      this.raw.supportedInterfaces,
      'supportedInterfaces'
    );
  }

  /** The persistent ID of the device as an endpoint (`persistentEndpointId`). Undefined when absent. */
  get persistentEndpointId(): string | undefined {
    return optionalString(
      this,
      this.raw.persistentEndpointId,
      'persistentEndpointId'
    );
  }

  /**
   * Whether the device supports an interface: whether `supportedInterfaces` names it.
   *
   * @param name The interface, e.g. `AudioPlayer` or `Alexa.Presentation.APL`.
   * @returns `true` when the device lists the interface.
   * @throws {TypeError} when `name` is not a string.
   * @throws {@link FieldTypeError} when `supportedInterfaces` is not an object.
   * @example
   * ```ts
   * import { AlexaSkillEvent, type RawAlexaSkillEvent } from '@evt/alexa';
   *
   * export const handler = async (raw: RawAlexaSkillEvent) => {
   *   const device = new AlexaSkillEvent(raw).context?.system.device;
   *   return device?.supportsInterface('AudioPlayer') ? 'can stream' : 'speech only';
   * };
   * ```
   */
  supportsInterface(name: string): boolean {
    if (typeof name !== 'string') {
      throw argumentError(
        'AlexaSkillDevice.supportsInterface',
        'name',
        'a string',
        name
      );
    }
    return hasOwnKey(this.supportedInterfaces, name);
  }
}

/**
 * Wrapper for the state of the device's audio player (`context.AudioPlayer`), which Alexa
 * sends to skills that use the AudioPlayer interface. Every member is undefined when the
 * request leaves it out (an idle player has no token).
 *
 * The debug view hides {@link token}, as it hides every member named after a token.
 */
export class AlexaSkillAudioPlayerState extends EventWrapper<RawAlexaSkillAudioPlayerState> {
  static override readonly typeName: string = 'AlexaSkillAudioPlayerState';

  /**
   * What the player is doing: `IDLE`, `PLAYING`, `PAUSED`, `FINISHED`, `BUFFER_UNDERRUN` or
   * `STOPPED` (`playerActivity`). Undefined when absent.
   */
  get playerActivity(): AlexaSkillPlayerActivity | undefined {
    return optionalString(this, this.raw.playerActivity, 'playerActivity');
  }

  /** The token of the stream the player is on, as the skill set it (`token`). Undefined when absent. */
  get token(): string | undefined {
    return optionalString(this, this.raw.token, 'token');
  }

  /** How far into the stream the player is, in milliseconds (`offsetInMilliseconds`). Undefined when absent. */
  get offsetInMilliseconds(): number | undefined {
    return optionalNumber(
      this,
      this.raw.offsetInMilliseconds,
      'offsetInMilliseconds'
    );
  }
}

/**
 * Wrapper for the screen of the device (`context.Viewport`), which Alexa sends from devices
 * with a screen. Every member is undefined (or `[]`) when the request leaves it out.
 */
export class AlexaSkillViewport extends EventWrapper<RawAlexaSkillViewport> {
  static override readonly typeName: string = 'AlexaSkillViewport';

  /** The kind of device, e.g. `HUB` or `TV` (`mode`). Undefined when absent. */
  get mode(): string | undefined {
    return optionalString(this, this.raw.mode, 'mode');
  }

  /** The shape of the screen, `RECTANGLE` or `ROUND` (`shape`). Undefined when absent. */
  get shape(): string | undefined {
    return optionalString(this, this.raw.shape, 'shape');
  }

  /** The width of the screen, in pixels (`pixelWidth`). Undefined when absent. */
  get pixelWidth(): number | undefined {
    return optionalNumber(this, this.raw.pixelWidth, 'pixelWidth');
  }

  /** The height of the screen, in pixels (`pixelHeight`). Undefined when absent. */
  get pixelHeight(): number | undefined {
    return optionalNumber(this, this.raw.pixelHeight, 'pixelHeight');
  }

  /** The pixel density of the screen, in dots per inch (`dpi`). Undefined when absent. */
  get dpi(): number | undefined {
    return optionalNumber(this, this.raw.dpi, 'dpi');
  }

  /** The width of the area the skill may draw in, in pixels (`currentPixelWidth`). Undefined when absent. */
  get currentPixelWidth(): number | undefined {
    return optionalNumber(
      this,
      this.raw.currentPixelWidth,
      'currentPixelWidth'
    );
  }

  /** The height of the area the skill may draw in, in pixels (`currentPixelHeight`). Undefined when absent. */
  get currentPixelHeight(): number | undefined {
    return optionalNumber(
      this,
      this.raw.currentPixelHeight,
      'currentPixelHeight'
    );
  }

  /** The kinds of touch the screen takes, e.g. `SINGLE` (`touch`). Empty when the screen takes none. */
  get touch(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.touch, 'touch');
  }

  /** The kinds of keyboard the device has, e.g. `DIRECTION` (`keyboard`). Empty when it has none. */
  get keyboard(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.keyboard, 'keyboard');
  }
}

/**
 * Wrapper for the `System` object of a request's context (`context.System`): the skill, the
 * user, the device, and the endpoint and token for the Alexa APIs.
 *
 * The debug view hides {@link apiAccessToken}.
 */
export class AlexaSkillSystem extends EventWrapper<RawAlexaSkillSystem> {
  static override readonly typeName: string = 'AlexaSkillSystem';
  #user?: AlexaSkillUser;
  #device: AlexaSkillDevice | undefined | typeof UNSET = UNSET;

  /**
   * The skill ID the request is for (`application.applicationId`): compare it with your own
   * to reject requests meant for another skill.
   */
  get applicationId(): string {
    return requireString(
      this,
      this.raw.application?.applicationId,
      'application.applicationId'
    );
  }

  /** The Amazon account that made the request (`user`). */
  get user(): AlexaSkillUser {
    return (this.#user ??= child(this, 'user', AlexaSkillUser));
  }

  /** The device the request came from (`device`). Undefined when the request names none. */
  get device(): AlexaSkillDevice | undefined {
    if (this.#device === UNSET) {
      this.#device = optionalChild(this, 'device', AlexaSkillDevice);
    }
    return this.#device;
  }

  /** The ID of the person Alexa recognised by voice (`person.personId`). Undefined when none was. */
  get personId(): string | undefined {
    return optionalString(this, this.raw.person?.personId, 'person.personId');
  }

  /**
   * The ID of the unit (a room) of an Alexa for Business or Smart Properties device
   * (`unit.unitId`). Undefined for other devices.
   */
  get unitId(): string | undefined {
    return optionalString(this, this.raw.unit?.unitId, 'unit.unitId');
  }

  /**
   * The base URL of the Alexa APIs for the user's region, e.g. `https://api.amazonalexa.com`
   * (`apiEndpoint`). Undefined when absent.
   */
  get apiEndpoint(): string | undefined {
    return optionalString(this, this.raw.apiEndpoint, 'apiEndpoint');
  }

  /**
   * The token that authorises calls to the Alexa APIs (device address, reminders, lists…) on
   * the user's behalf, sent as a bearer token (`apiAccessToken`). Undefined when absent.
   */
  get apiAccessToken(): string | undefined {
    return optionalString(this, this.raw.apiAccessToken, 'apiAccessToken');
  }
}

/**
 * Wrapper for the context of a request to an Alexa skill (`context`): the state of Alexa, the
 * device and its interfaces when the request was sent.
 */
export class AlexaSkillContext extends EventWrapper<RawAlexaSkillContext> {
  static override readonly typeName: string = 'AlexaSkillContext';
  #system?: AlexaSkillSystem;
  #audioPlayer: AlexaSkillAudioPlayerState | undefined | typeof UNSET = UNSET;
  #viewport: AlexaSkillViewport | undefined | typeof UNSET = UNSET;

  /** The skill, the user, the device and the API access (`System`). */
  get system(): AlexaSkillSystem {
    return (this.#system ??= child(this, 'System', AlexaSkillSystem));
  }

  /**
   * The state of the device's audio player (`AudioPlayer`). Undefined when the request has
   * none (devices without one, skills that do not use the AudioPlayer interface).
   */
  get audioPlayer(): AlexaSkillAudioPlayerState | undefined {
    if (this.#audioPlayer === UNSET) {
      this.#audioPlayer = optionalChild(
        this,
        'AudioPlayer',
        AlexaSkillAudioPlayerState
      );
    }
    return this.#audioPlayer;
  }

  /** The screen of the device (`Viewport`). Undefined for devices without one. */
  get viewport(): AlexaSkillViewport | undefined {
    if (this.#viewport === UNSET) {
      this.#viewport = optionalChild(this, 'Viewport', AlexaSkillViewport);
    }
    return this.#viewport;
  }
}
