#include "fuzz_input.h"
#include <SDL.h>

namespace ng {

// Keys a person might press, app shortcuts included (the app must survive all of them).
static const SDL_Keycode kKeys[] = {SDLK_SPACE, SDLK_PERIOD,    SDLK_LEFT,   SDLK_RIGHT, SDLK_UP,
                                    SDLK_DOWN,  SDLK_RETURN,    SDLK_ESCAPE, SDLK_TAB,   SDLK_PLUS,
                                    SDLK_MINUS, SDLK_1,         SDLK_4,      SDLK_7,     SDLK_h,
                                    SDLK_l,     SDLK_p,         SDLK_r,      SDLK_a,     SDLK_z,
                                    SDLK_SLASH, SDLK_BACKSPACE, SDLK_DELETE, SDLK_HOME,  SDLK_END};

void FuzzInput::PushEvents(int width, int height, unsigned window_id) {
    if (width <= 0 || height <= 0) return;
    int count = 2 + (int)(Random.NextU32() % 6);
    for (int i = 0; i < count; i++) {
        SDL_Event e;
        SDL_zero(e);
        int x = (int)(Random.NextU32() % (unsigned)width), y = (int)(Random.NextU32() % (unsigned)height);
        switch (Random.NextU32() % 8) {
        case 0:
        case 1:
            e.type = SDL_MOUSEMOTION;
            e.motion.windowID = window_id;
            e.motion.x = x;
            e.motion.y = y;
            e.motion.xrel = (int)(Random.NextU32() % 41) - 20;
            e.motion.yrel = (int)(Random.NextU32() % 41) - 20;
            e.motion.state = ButtonDown ? SDL_BUTTON_LMASK : 0;
            break;
        case 2:
            ButtonDown = !ButtonDown;
            e.type = ButtonDown ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
            e.button.windowID = window_id;
            e.button.button = SDL_BUTTON_LEFT;
            e.button.state = ButtonDown ? SDL_PRESSED : SDL_RELEASED;
            e.button.clicks = 1;
            e.button.x = x;
            e.button.y = y;
            break;
        case 3:
            e.type = SDL_MOUSEWHEEL;
            e.wheel.windowID = window_id;
            e.wheel.y = (Random.NextU32() % 2) ? 1 : -1;
            break;
        case 4: {
            bool down = Random.NextU32() % 2;
            e.type = down ? SDL_KEYDOWN : SDL_KEYUP;
            e.key.windowID = window_id;
            e.key.state = down ? SDL_PRESSED : SDL_RELEASED;
            e.key.keysym.sym = kKeys[Random.NextU32() % (sizeof(kKeys) / sizeof(kKeys[0]))];
            e.key.keysym.scancode = SDL_GetScancodeFromKey(e.key.keysym.sym);
            e.key.keysym.mod = (Random.NextU32() % 8 == 0) ? KMOD_SHIFT : KMOD_NONE;
            break;
        }
        default: { // touch: one or two fingers down, moving, up (pinch and drag)
            int finger = (int)(Random.NextU32() % 2);
            e.tfinger.touchId = 1;
            e.tfinger.fingerId = finger;
            e.tfinger.x = (float)x / (float)width;
            e.tfinger.y = (float)y / (float)height;
            e.tfinger.dx = ((float)(Random.NextU32() % 101) - 50.0f) / 2000.0f;
            e.tfinger.dy = ((float)(Random.NextU32() % 101) - 50.0f) / 2000.0f;
            e.tfinger.pressure = 1.0f;
            e.tfinger.windowID = window_id;
            if (!FingerDown[finger])
                e.type = SDL_FINGERDOWN, FingerDown[finger] = true;
            else if (Random.NextU32() % 4 == 0)
                e.type = SDL_FINGERUP, FingerDown[finger] = false;
            else
                e.type = SDL_FINGERMOTION;
            break;
        }
        }
        SDL_PushEvent(&e);
    }
}

} // namespace ng
