#!/usr/bin/env python3
"""Synthesise the audio of a scenario's call nodes and put the transcript in sync with it.

An authoring tool: the app never runs it, and the audio it makes is committed with the module.
For every node of type "call" in the scenario file, each transcript line's English text is spoken
by espeak-ng, in one voice per speaker, the lines are joined with sox with a short pause between
them, and the result is encoded as mono Ogg Vorbis at a low bitrate into the file named by the
node's "audio" path (relative to the module folder, the folder with module.json). Then each
line's "at" is rewritten in the scenario file from the real durations, so the transcript the app
shows beside the audio stays in step with it. Nothing else in the file changes.

    scripts/make-call-audio.py content/modules/scams-and-social-engineering/scenarios/police-impersonation-kiosk.scenario.json
    scripts/make-call-audio.py FILE --voice "Courier staff=female" --voice "Officer Zhang=male"

Voices: one per speaker, in order of first appearance; a speaker named Mr ... gets a male voice,
Mrs, Ms, Miss or Madam ... a female one, others alternate. --voice SPEAKER=male|female|<espeak-ng
voice> decides for one speaker (the English speaker name as written in the file, quotes included).

Needs espeak-ng, sox and oggenc (Debian: apt-get install espeak-ng sox vorbis-tools).
Python 3 standard library only.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import wave

# Voices handed out to speakers in order of first appearance: base voice plus an espeak-ng
# variant (espeak-ng --voices=variant lists them). A speaker whose English name starts with Mr
# gets the next male voice, Mrs, Ms, Miss or Madam the next female one; anyone else gets the
# next voice of the kind used less so far, so two speakers in a call never sound alike.
MALE_VOICES = ["en-gb+m3", "en-us+m7", "en-gb-x-rp+m1", "en-gb-scotland+m4", "en-us+m2"]
FEMALE_VOICES = ["en-us+f3", "en-gb+f4", "en-us+f2", "en-gb-x-rp+f5"]
MALE_TITLES = ("mr",)
FEMALE_TITLES = ("mrs", "ms", "miss", "madam")

SAMPLE_RATE = 16000      # Hz: telephone speech needs no more
LEAD_IN = 0.3            # seconds of silence before the first line
SIZE_LIMIT = 300 * 1024  # bytes: an audio file must stay well under this

AUDIO_EXTENSIONS = (".ogg", ".oga")
AT_PATTERN = re.compile(r'(?<!\\)"at"(\s*:\s*)(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)')


class AuthoringError(Exception):
    pass


def english(value, where):
    """The English text of a localizable value (a string or an object with "en")."""
    if isinstance(value, str) and value:
        return value
    if isinstance(value, dict) and isinstance(value.get("en"), str) and value["en"]:
        return value["en"]
    raise AuthoringError(f"{where}: no English text")


def package_folder(scenario_path):
    """The module folder above the scenario (the one with module.json), else the file's folder."""
    folder = os.path.dirname(os.path.abspath(scenario_path))
    probe = folder
    while True:
        if os.path.isfile(os.path.join(probe, "module.json")):
            return probe
        parent = os.path.dirname(probe)
        if parent == probe:
            return folder
        probe = parent


def audio_target(package, relative, where):
    if not isinstance(relative, str) or not relative:
        raise AuthoringError(f"{where}: 'audio' is missing")
    if (relative.startswith("/") or "\\" in relative or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", relative)
            or ".." in relative.split("/")):
        raise AuthoringError(f"{where}: 'audio' path '{relative}' must stay inside the package folder")
    if not relative.lower().endswith(AUDIO_EXTENSIONS):
        raise AuthoringError(f"{where}: 'audio' path '{relative}' must end in .ogg or .oga (this tool writes Ogg Vorbis)")
    return os.path.join(package, *relative.split("/"))


def run(command):
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise AuthoringError(f"{command[0]} failed ({result.returncode}): {result.stderr.strip()}")
    return result


def wav_seconds(path):
    with wave.open(path, "rb") as w:
        return w.getnframes() / float(w.getframerate())


def format_seconds(value):
    text = f"{value:.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def speaker_kind(speaker):
    first = re.sub(r"[^a-z]", "", speaker.strip().split()[0].lower()) if speaker.strip() else ""
    if first in MALE_TITLES:
        return "m"
    if first in FEMALE_TITLES:
        return "f"
    return ""


def assign_voices(calls, overrides):
    voices = {}
    pools = {"m": [v for v in MALE_VOICES if v not in overrides.values()],
             "f": [v for v in FEMALE_VOICES if v not in overrides.values()]}
    used = {"m": 0, "f": 0}
    for _, _, lines in calls:
        for speaker, _ in lines:
            if speaker in voices:
                continue
            forced = {"male": "m", "female": "f"}.get(overrides.get(speaker, ""))
            if speaker in overrides and not forced:
                voices[speaker] = overrides[speaker]
                continue
            kind = forced or speaker_kind(speaker) or ("m" if used["m"] <= used["f"] else "f")
            if not pools[kind]:
                raise AuthoringError(f"more speakers than voices: give '{speaker}' one with --voice")
            voices[speaker] = pools[kind].pop(0)
            used[kind] += 1
    unknown = sorted(set(overrides) - set(voices))
    if unknown:
        raise AuthoringError("--voice names speakers that are not in the file: " + ", ".join(unknown))
    return voices


def synthesise_call(work, index, lines, voices, args):
    """Speaks each line, returns (wav path, start time of each line)."""
    silence = os.path.join(work, f"pause-{index}.wav")
    run(["sox", "-R", "-n", "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", silence, "trim", "0", str(args.pause)])
    lead = os.path.join(work, f"lead-{index}.wav")
    run(["sox", "-R", "-n", "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", lead, "trim", "0", str(LEAD_IN)])

    pieces = [lead]
    starts = []
    clock = LEAD_IN
    for number, (speaker, text) in enumerate(lines):
        raw = os.path.join(work, f"call{index}-line{number}-raw.wav")
        spoken = os.path.join(work, f"call{index}-line{number}.wav")
        run(["espeak-ng", "-v", voices[speaker], "-s", str(args.speed), "-w", raw, text])
        effects = ["gain", "-n", "-3"]
        if not args.no_phone:
            effects += ["highpass", "300", "lowpass", "3400", "gain", "-n", "-3"]
        run(["sox", "-R", raw, "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", spoken] + effects)
        if number > 0:
            pieces.append(silence)
            clock += args.pause
        starts.append(clock)
        pieces.append(spoken)
        clock += wav_seconds(spoken)

    joined = os.path.join(work, f"call{index}.wav")
    run(["sox", "-R"] + pieces + [joined])
    return joined, starts


def encode(wav_path, target, args):
    os.makedirs(os.path.dirname(target), exist_ok=True)
    serial = int(hashlib.sha256(os.path.basename(target).encode("utf-8")).hexdigest()[:7], 16)
    temporary = target + ".tmp.ogg"
    try:
        run(["oggenc", "-Q", "-q", str(args.quality), "--serial", str(serial), "-o", temporary, wav_path])
        size = os.path.getsize(temporary)
        if size >= SIZE_LIMIT:
            raise AuthoringError(f"{target}: {size} bytes, over the {SIZE_LIMIT} byte limit; shorten the call or split it")
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return size


def rewrite_times(scenario_path, text, new_times):
    matches = list(AT_PATTERN.finditer(text))
    if len(matches) != len(new_times):
        raise AuthoringError(f"{scenario_path}: found {len(matches)} \"at\" values in the text but "
                             f"{len(new_times)} transcript lines; not rewriting")
    out = []
    last = 0
    for match, value in zip(matches, new_times):
        out.append(text[last:match.start(2)])
        out.append(format_seconds(value))
        last = match.end(2)
    out.append(text[last:])
    updated = "".join(out)
    if updated == text:
        return False
    folder = os.path.dirname(os.path.abspath(scenario_path))
    handle, temporary = tempfile.mkstemp(prefix=".make-call-audio-", suffix=".json", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as f:
            f.write(updated)
        os.replace(temporary, scenario_path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return True


def process(scenario_path, args, overrides):
    with open(scenario_path, encoding="utf-8") as f:
        text = f.read()
    try:
        scenario = json.loads(text)
    except json.JSONDecodeError as error:
        raise AuthoringError(f"{scenario_path}:{error.lineno}:{error.colno}: {error.msg}")
    nodes = scenario.get("nodes")
    if not isinstance(nodes, list):
        raise AuthoringError(f"{scenario_path}: no 'nodes' list")

    package = package_folder(scenario_path)
    calls = []
    for node in nodes:
        if not isinstance(node, dict) or node.get("type") != "call":
            continue
        where = f"{scenario_path}: call node '{node.get('id', '?')}'"
        target = audio_target(package, node.get("audio"), where)
        transcript = node.get("transcript")
        if not isinstance(transcript, list) or not transcript:
            raise AuthoringError(f"{where}: 'transcript' has no lines")
        lines = []
        for number, line in enumerate(transcript, 1):
            line_where = f"{where}, line {number}"
            lines.append((english(line.get("speaker"), line_where + " 'speaker'"),
                          english(line.get("text"), line_where + " 'text'")))
        calls.append((node.get("id", "?"), target, lines))
    if not calls:
        raise AuthoringError(f"{scenario_path}: no call nodes")

    voices = assign_voices(calls, overrides)
    for speaker, voice in voices.items():
        print(f"  {speaker}: {voice}")

    new_times = []
    with tempfile.TemporaryDirectory(prefix="make-call-audio-") as work:
        for index, (node_id, target, lines) in enumerate(calls):
            wav_path, starts = synthesise_call(work, index, lines, voices, args)
            seconds = wav_seconds(wav_path)
            size = encode(wav_path, target, args)
            new_times.extend(starts)
            print(f"  {node_id}: {os.path.relpath(target, package)}, {len(lines)} lines, "
                  f"{seconds:.1f} s, {size // 1024} KB")
    changed = rewrite_times(scenario_path, text, new_times)
    print(f"  transcript times {'rewritten' if changed else 'already in sync'} in {scenario_path}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scenarios", nargs="+", help="*.scenario.json files")
    parser.add_argument("--voice", action="append", default=[], metavar="SPEAKER=VOICE",
                        help="voice for a speaker (the English speaker name): an espeak-ng voice such as \"Mr Lau=en-gb+m7\", "
                             "or male or female for the next voice of that kind")
    parser.add_argument("--speed", type=int, default=150, help="words per minute (default 150)")
    parser.add_argument("--pause", type=float, default=0.6, help="seconds between lines (default 0.6)")
    parser.add_argument("--quality", type=float, default=-1, help="oggenc quality, -1 to 10 (default -1, about 16 kbit/s)")
    parser.add_argument("--no-phone", action="store_true", help="do not band-limit the voices like a telephone line")
    args = parser.parse_args()

    missing = [tool for tool in ("espeak-ng", "sox", "oggenc") if shutil.which(tool) is None]
    if missing:
        print("error: needs " + ", ".join(missing) + " (Debian: apt-get install espeak-ng sox vorbis-tools)",
              file=sys.stderr)
        return 2
    if not 80 <= args.speed <= 450 or not 0 <= args.pause <= 5 or not -1 <= args.quality <= 10:
        print("error: --speed 80-450, --pause 0-5, --quality -1 to 10", file=sys.stderr)
        return 2
    overrides = {}
    for item in args.voice:
        speaker, sep, voice = item.partition("=")
        if not sep or not speaker.strip() or not voice.strip():
            print(f"error: --voice '{item}': write SPEAKER=VOICE", file=sys.stderr)
            return 2
        overrides[speaker.strip()] = voice.strip()

    status = 0
    for path in args.scenarios:
        print(path)
        try:
            process(path, args, overrides)
        except (AuthoringError, OSError) as error:
            print(f"error: {error}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
