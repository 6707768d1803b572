// Every modelling constant of the physiology model, in one place, with its source.
// Tags and § numbers refer to docs/science-background.md: tags are rows of its evidence table
// (§1: B = BDNF, I = IGF-1, V = VEGF, M = other myokines, N = neurogenesis, S = stress,
// G = guidelines, C = cognition). "modelling choice" marks values with no direct measurement
// (✎ there), picked to fit the measured facts; "calibrated" marks values tuned so that a §3.8
// calibration target holds (tests/model).
#pragma once

namespace ng {

// --- Time base (§3.1) -----------------------------------------------------------------------
constexpr double kStepMinutes = 1.0; // fast module: muscle, plasma, BBB flux
constexpr int kSlowStepEvery = 60;   // slow module (brain, cell pools, adaptation) every hour
constexpr double kMinutesPerDay = 1440.0;
constexpr double kMinutesPerWeek = 10080.0;

// --- Session structure (modelling choice: a whole-body session of ~0.75 h, §3.2) -------------
constexpr double kFirstSessionHour = 9.0; // first session of each week at 09:00 on day 0, 7, ...
constexpr int kExercisesPerSession = 6;   // sets x reps are per exercise (per muscle group)
constexpr double kWarmupMinutes = 5.0;
constexpr double kRepSecondsLight = 2.0;          // rep duration at 40 % 1RM; heavier loads move slower
constexpr double kRepSecondsHeavy = 3.0;          // at 95 % 1RM
constexpr double kAerobicSessionMinutes = 45.0;   // moderate continuous session (C1: 45-60 min best)
constexpr double kAerobicCadencePerMinute = 80.0; // pedal/stride cycles, for the animation
constexpr double kAerobicForce = 0.3;             // relative muscle force while running/cycling

// --- Dose of one session (§3.2) ------------------------------------------------------------
constexpr double kReferenceIntensity = 0.70; // G1: 8-12RM, ~60-70 % 1RM
constexpr double kReferenceVolume = 30.0;    // 3 x 10 reps: L = 1 is an ACSM-typical session (G1)
constexpr double kFormStimulusBase = 0.6;    // E = L (0.6 + 0.4 q): poor form wastes stimulus
constexpr double kFormStimulusSlope = 0.4;
constexpr double kFormStressSlope = 1.0;     // S = L (1 + 1.0 (1 - q)) m_rest
constexpr double kShortRestMultiplier = 1.5; // S1: 963 / 629 nmol/L cortisol, 1-min vs 2.5-min rests
constexpr double kShortRestMinutes = 1.0;
constexpr double kLongRestMinutes = 2.5;
constexpr double kReferenceForm = 0.9;   // default form: E_ref = E(L = 1, q = 0.9) = 0.96
constexpr double kAerobicStimulus = 1.0; // modelling choice: moderate 45 min, B5's +32 % BDNF
constexpr double kAerobicStress = 0.6;   // modelling choice: below the lactate threshold (N17)

// --- Fast plasma module (§3.3) ---------------------------------------------------------------
// Plasma free BDNF, relative to rest: peak rise 0.30 h(E), h(E) = 1.25 E^2 / (E^2 + 0.25).
constexpr double kBdnfPeakRise = 0.30;        // B3-B5 (+15-35 %); h(1) = 1
constexpr double kBdnfSaturation = 1.25;      // B7: threshold-like, saturating dose-response
constexpr double kBdnfHalfStimulus2 = 0.25;   // E^2 at half effect (E = 0.5)
constexpr double kBdnfHalfLifeDefault = 15.0; // minutes; B6, B8 range 5-40
// Serum BDNF readout (platelet pool, B1, B2).
constexpr double kSerumBdnfRest = 32.7;     // ng/mL, B1 Naegelin 2018
constexpr double kSerumBdnfSd = 8.3;        // ng/mL, B1: one measurement's spread (§0.7)
constexpr double kSerumToPlasmaRise = 0.7;  // modelling choice: serum rises less than plasma (B3)
constexpr double kSerumChronicYoung = 0.02; // B13: resistance SMD 0.07 (§3.7)
constexpr double kSerumChronicOld = 0.08;   // B14: significant in >= 60 y; size modelling choice
constexpr double kSerumStrainDip = 0.15;    // B16: below baseline after extreme exertion; size ✎
// One person tested again: assay inter-assay CV 5-20 % (Polacchini 2015); 10 % is a modelling
// choice inside that range (docs/model.md, "Lab draws"). kSerumBdnfSd is the between-person SD.
constexpr double kSerumBdnfRetestCv = 0.10;
// Lactate (mmol/L): peak 1 + 7 E m_rest, cap 15, t1/2 20 min (M8 ○, magnitudes modelling choice).
constexpr double kLactateRest = 1.0;
constexpr double kLactateGain = 7.0;
constexpr double kLactateCap = 15.0;
constexpr double kLactateHalfLife = 20.0;
constexpr double kLactateAerobicPeak = 2.5; // N17: moderate work stays below the lactate threshold
constexpr double kLactateTransportKm = 3.5; // mmol/L, MCT1 into the brain (M6; value ○, modelling choice)
// Cortisol (nmol/L): rise 150 S^2 at session end, t1/2 75 min (S1-S3; t1/2 ○ 60-90 min).
constexpr double kCortisolRest = 300.0;
constexpr double kCortisolPeakGain = 150.0;
constexpr double kCortisolPeakCap = 1200.0; // modelling choice: keeps extreme sessions physiological
constexpr double kCortisolHalfLife = 75.0;
constexpr double kCortisolTrainedDrop = 0.17; // S4: resting cortisol -17 % after 12 wk
constexpr double kCortisolHabituation = 1.0;  // S1: the short-rest excess is gone by week 5
constexpr double kCortisolStrainGain = 0.5;   // §3.6: baseline x (1 + 0.5 Z)
// IL-6 (pg/mL): peak x (1 + 2 S), t1/2 1.5 h (M9-M11; magnitude modelling choice).
constexpr double kIl6Rest = 1.5;
constexpr double kIl6Gain = 2.0;
constexpr double kIl6HalfLife = 90.0;
// Plasma VEGF (pg/mL): +15 % E, t1/2 45 min (V1-V6, low confidence).
constexpr double kVegfRest = 40.0;
constexpr double kVegfAcuteGain = 0.15;
constexpr double kVegfAcuteGainAerobic = 0.25; // V5: serum VEGF rose after cycling; size ✎
constexpr double kVegfStimulusCap = 2.0;       // modelling choice: E above 2 adds no more VEGF
constexpr double kVegfHalfLife = 45.0;
constexpr double kVegfChronicGain = 0.05; // V6: resting VEGF rose after 16 wk RT; size ✎
// IGF-1: total (ng/mL) is a slow pool, free (ng/L) a fast fraction (I1-I9).
constexpr double kIgf1Young = 220.0; // I1: ~220-227 ng/mL, adult men
constexpr double kIgf1Old = 130.0;   // §3.3: ~130 ng/mL at >= 65 (○)
constexpr double kIgf1Age90 = 110.0; // modelling choice: keeps falling slowly
constexpr double kIgf1DeclineStartAge = 30.0;
constexpr double kIgf1OldAge = 65.0;
constexpr double kIgf1FreeFractionYoung = 950.0 / 220000.0; // I2: 950 ng/L of ~220 ng/mL
constexpr double kIgf1FreeFractionOld = 410.0 / 130000.0;   // I2: 410 ng/L at > 60 y
constexpr double kIgf1FreeHalfLife = 14.4;                  // minutes, I3 Frystyk
constexpr double kIgf1PoolTau = 28.0;                       // days, §3.3
constexpr double kIgf1ChronicGainOld = 21.0;  // ng/mL at full training index, calibrated to I7 (+15-22)
constexpr double kIgf1ChronicStartAge = 30.0; // I6: no change in young men
constexpr double kIgf1ChronicFullAge = 60.0;  // I7: older adults
// Irisin (ng/mL) and cathepsin B (relative): chronic only, tau 28 d (M1-M5).
constexpr double kIrisinRest = 3.6;              // M1 mass spectrometry
constexpr double kIrisinGain = 0.2;              // M1: 3.6 -> 4.3 ng/mL with aerobic training
constexpr double kCathepsinBGain = 0.3;          // §3.3: +0-30 % (M4)
constexpr double kMyokineResistanceFactor = 0.5; // modelling choice: RT response unknown (M1)
constexpr double kMyokineTau = 28.0;             // days
// Inflammatory cytokines proxy: plasma level 1 + Infl; release clearance t1/2 (modelling choice).
constexpr double kCytokineHalfLife = 60.0;

// --- Brain trophic state T (§3.4) ------------------------------------------------------------
constexpr double kTrophicTauHours = 24.0;    // Berchtold 2005 (○): brain BDNF stays up for days
constexpr double kActivityRest = 0.2;        // I12: neural activity A(t) outside sessions
constexpr double kActivityWindowHours = 2.0; // A = 1 during the session and 2 h after
// Shares of the exercise-induced rise of T at the reference programme (weights of §3.4).
constexpr double kWeightCentral = 0.45;    // B11, B12: the brain makes most BDNF itself
constexpr double kWeightIgf1 = 0.25;       // I12-I16: best RT-specific support
constexpr double kWeightLactate = 0.15;    // M6, M7
constexpr double kWeightBdnfWeak = 0.05;   // B17 vs B18: contested, default weak
constexpr double kWeightBdnfStrong = 0.30; // top of the 0-0.3 range of §3.4
constexpr double kWeightIrisin = 0.05;     // M1-M3 (half of the 0.10 irisin + CTSB share)
constexpr double kWeightCathepsinB = 0.05; // M4, M5
constexpr double kBdnfTransportKm = 2.0;   // B17: saturable, Km = 2x resting plasma BDNF
// Mean rise of T at the reference programme (balanced, 3x/wk): modelling choice; with
// kProliferationGain it sets the 1.3x proliferation of a sustained RT programme (N6, N14).
constexpr double kTrophicRiseRef = 0.045;
// Mean of each raw input over week 12 of the reference programme, so the weights above are the
// inputs' shares. Computed by tests/model/calibration_test.cpp ("trophic input references").
constexpr double kRefInputCentral = 0.0138799;
constexpr double kRefInputIgf1 = 0.0396753;
constexpr double kRefInputLactate = 0.0193987;
constexpr double kRefInputBdnf = 0.00289925;
constexpr double kRefInputIrisin = 0.0920925;    // irisin / rest - 1
constexpr double kRefInputCathepsinB = 0.138139; // cathepsin B / rest - 1
// Hippocampal activation per aerobic session relative to a resistance session of the same
// stimulus. Calibrated: aerobic reference ~2x proliferation (§3.5). Direction: B13 (resting BDNF
// SMD 0.66 aerobic vs 0.07 resistance), B12, N6 vs N14.
constexpr double kCentralDriveAerobic = 8.0;

// --- Progenitor pools (§3.5), cells per hippocampus, rates per day ----------------------------
constexpr double kBaselineNewNeuronsPerDay = 700.0; // N1 Spalding 2013 (human, age 30)
constexpr double kNeurogenesisAgeDecline = 0.005;   // per year after 30, modelling choice (N1 "modest")
constexpr double kNeurogenesisAgeFloor = 0.6;
constexpr double kSorrellsFactor = 0.0;        // N2: young neurons undetectable in adults
constexpr double kDifferentiationRate = 0.30;  // P -> N, ~3 d residence (N13 ○)
constexpr double kProgenitorDeathHuman = 0.30; // N9: ~half die within days
// Human maturation on primate timing (docs/model.md, "Human maturation"): adult-born granule
// cells of macaques need six months or more to mature (Kohler 2011; review Brus 2013) and human
// timing is unmeasured. kMaturationAgeHuman is the mean age at which the young neurons that
// survive reach maturity: 6 months, documented range 4-12 months (modelling choice).
constexpr double kMaturationAgeHuman = 180.0;
constexpr double kMaturationAgeHumanLow = 120.0;
constexpr double kMaturationAgeHumanHigh = 365.0;
// Death rate per stage rate of immature neurons, k_dN / (2 k_mat), as in the 21-day rat-like
// default (0.045/d at k_mat = 1/21 d): kept for humans, so ~46 % of young neurons survive to
// maturity whatever the timing; survivors then mature after 2 / (2 k_mat + k_dN) on average.
constexpr double kImmatureDeathPerStageRate = 0.045 * 21.0 / 2.0;
// 2 / (2 k_mat): the delay without deaths, the quantity the rodent constants below give.
constexpr double kMaturationDaysHuman = kMaturationAgeHuman * (1.0 + kImmatureDeathPerStageRate);
constexpr double kImmatureDeathHuman = kImmatureDeathPerStageRate * 2.0 / kMaturationDaysHuman;
// Rodent presets (N8, N10): immature neurons pass two stages (a gamma-distributed ~3-4 week
// delay), so a cohort dies only while immature. Rat kdN = 0.06 reproduces Dayer's 50 % loss
// between day 6 and 28 (the ~0.03/d of N8 is the cohort's overall loss rate, which already
// includes the cells that escape by maturing). Mouse: slower maturation, ~2x the loss.
constexpr double kProgenitorDeathRat = 0.30;
constexpr double kMaturationDaysRat = 21.0;
constexpr double kImmatureDeathRat = 0.06;
constexpr double kProgenitorDeathMouse = 0.45; // N9: mouse higher
constexpr double kMaturationDaysMouse = 28.0;  // N10: rat neurons mature 1-2 wk earlier
constexpr double kImmatureDeathMouse = 0.09;   // §3.5: mouse ~35 % survive
constexpr double kMatureDeath = 0.0;           // N8: survivors are permanent
constexpr double kProliferationGain = 2.5;     // g in G_prolif, calibrated (1.3x RT, §3.5)
constexpr double kProliferationHalfRise = 0.5; // G_prolif = 1 + g x / (0.5 + x), x = T - 1
constexpr double kSurvivalTrophic = 0.5;       // Psi = (1 + Infl) / (1 + 0.5 (T - 1))
constexpr double kVascularGain = 0.3;          // G_vasc max, V7, V8
constexpr double kVascularHalfRise = 0.1;
constexpr double kVegfWindowDays = 14.0; // EMA with the mean age of a 4-week window
constexpr double kCortisolWindowHours = 24.0;
constexpr double kCortisolHalfSuppression = 200.0; // nmol/L sustained excess, S5-S7 (✎)
// Uncertainty band of the headline effect (docs/model.md, "Uncertainty band"): g scaled by these
// factors gives the low and high runs. Resistance training: 1.0-1.6x around the calibrated 1.3x
// (docs/science-background.md §3.5; Nokia 2016 found no effect in rats). Aerobic reference: 1.5-2.5x around
// 2x (running doubles new cells in mice, N6; 2-3x in rats, N7). Modelling choices.
constexpr double kGainScaleLowResistance = 0.0;
constexpr double kGainScaleHighResistance = 2.0;
constexpr double kGainScaleLowAerobic = 0.5;
constexpr double kGainScaleHighAerobic = 1.5;

// --- Recovery, overreaching (§3.6) -----------------------------------------------------------
constexpr double kFatigueTauHours = 24.0;   // G4: 37 % left at 24 h, 13.5 % at 48 h
constexpr double kFatigueTauAgeGain = 0.5;  // modelling choice: +50 % at 70 y (slower recovery)
constexpr double kFatigueTauFormGain = 0.5; // modelling choice: +50 % at q = 0 (more damage)
constexpr double kFatigueThreshold = 0.25;  // a session starting above it adds strain
constexpr double kStrainGain = 0.042;       // calibrated: 4 wk daily L = 1.5 -> overreached (§3.8.6)
constexpr double kStrainTauDays = 14.0;     // S9: functional overreaching recovers in days-weeks
constexpr double kStrainMax = 3.0;          // modelling choice: strain saturates
constexpr double kStrainCortisolCap = 2.5;  // modelling choice: resting cortisol at most x 2.5
constexpr double kStrainInflammation = 0.5; // §3.6: Infl = 0.5 Z
constexpr double kDamageBase = 0.1;         // modelling choice: muscle damage per unit load
constexpr double kDamageTauHours = 48.0;    // modelling choice: soreness lasts ~2 days
constexpr double kDamageInflammation = 0.1; // modelling choice: poor form inflames (§2.6)
constexpr double kStrainFunctional = 0.15;  // stage thresholds (S9), modelling choice
constexpr double kStrainHigh = 0.5;
constexpr double kNonFunctionalDays = 14.0;
constexpr double kOvertrainingDays = 60.0; // S9: > 2 months

// --- Training index (rolling 4-week dose, §3.3) ---------------------------------------------
constexpr double kTrainingTauDays = 28.0;
constexpr double kTrainingFullSessionsPerWeek = 2.0; // G1: 2-3 days/week counts as full adherence

// --- Muscle adaptation (modelling choice: typical novice gains over 12 weeks, no tagged source)
constexpr double kHypertrophyMax = 0.10; // +10 % cross-section at full training index
constexpr double kHypertrophyTauDays = 56.0;
constexpr double kStrengthMax = 0.25; // +25 % 1RM (neural + size)
constexpr double kStrengthTauDays = 28.0;
constexpr double kMuscleAerobicFactor = 0.1;
constexpr double kMuscleOldFactor = 0.6; // at 70 y and above

// --- Cognition (§3.7) ------------------------------------------------------------------------
constexpr double kCognitionEffect = 0.29;         // C1 Northey 2018: ES 0.29 in > 50 y
constexpr double kCognitionCap = 0.7;             // §3.7
constexpr double kCognitionNeurogenicShare = 0.5; // §0.6: other mechanisms equally plausible
constexpr double kCognitionTauDays = 60.0;
constexpr double kCognitionInflammation = 0.2; // modelling choice: inflammation costs plasticity
constexpr double kCognitionAcuteBump = 0.2;    // C6: one session sharpens Stroop for hours; size ✎
constexpr double kCognitionAcuteTauHours = 1.5;
constexpr double kCognitionTestSd = 1.0; // §3.7: between-person SD of one test
// Slow cognitive inputs after 26 weeks of the older-adult reference programme (computed by
// tests/model/calibration_test.cpp, "cognitive reference"), so that it gives +0.29 SD (C1).
constexpr double kCognitionRefNeurogenic = 0.163257;
constexpr double kCognitionRefPlasticity = 0.0429560242;
// Lab draw noise (§3.7).
constexpr double kIgf1MeasurementCv = 0.15; // modelling choice

} // namespace ng
