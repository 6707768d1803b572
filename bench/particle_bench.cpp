// Particle update cost: ns per live particle per frame for the scene's CPU particle system
// (emission from the model's amounts plus motion), at 10k, 100k and 1M particles. Built natively
// and as WebAssembly (node), so bench/run can print both. Prints figures, asserts nothing.
#include "io/scenario.h"
#include "model/simulation.h"
#include "render/particle_system.h"
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace ng;

int main(int argc, char** argv) {
    int frames = argc > 1 ? std::max(3, std::atoi(argv[1])) : 60;
    Scenario balanced;
    std::vector<std::string> messages;
    LoadScenario("balanced", &balanced, &messages);
    Simulation sim(balanced.Settings, 1);
    sim.Advance(24.0 * 7.0);
    while (!sim.InSession()) sim.Step(); // mid-session: the muscle releases at its highest rates
    sim.Advance(0.3);
    SceneInputs inputs = ReadSceneInputs(sim, sim.TimeHours());

    float rest_total = 0.0f;
    for (int s = 0; s < kSpeciesCount; s++) rest_total += GetSpeciesInfo(s).Particles.RestCount;
#ifdef __EMSCRIPTEN__
    const char* target = "WebAssembly (node)";
#else
    const char* target = "native";
#endif
    std::printf("Particle update, %s, %d frames per size (1 hour per second, 60 Hz)\n", target, frames);
    std::printf("%10s %10s %14s %14s\n", "budget", "live", "ms per frame", "ns/particle");
    for (int budget : {10000, 100000, 1000000}) {
        ParticleSystem particles;
        particles.Reset(1);
        particles.SetBudget(budget);
        particles.SetDensity((float)budget / rest_total);
        for (int i = 0; i < 120; i++) particles.Update(inputs, 3600.0, 1.0 / 60.0); // fill the vessel
        auto start = std::chrono::steady_clock::now();
        long long live = 0;
        for (int i = 0; i < frames; i++) {
            particles.Update(inputs, 3600.0, 1.0 / 60.0);
            live += particles.Count();
        }
        double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::printf("%10d %10lld %14.3f %14.2f\n", budget, live / frames, ms / frames,
                    ms * 1e6 / (double)live);
    }
    return 0;
}
