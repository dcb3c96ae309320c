"""Synthetic traffic for the benchmarks: many rooms and private chats, mostly benign.

Deterministic (seeded). Offending conversations are rare, as in real public rooms, and
built only from context cues (stated minor age, cam request, payment, secrecy).

    python benchmarks/gen_traffic.py --events 1000000 --out benchmarks/out/traffic.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

ROOM_LINES = [
    "hi all",
    "good evening everyone",
    "anyone from manila here?",
    "lol",
    "haha true",
    "who watched the game last night",
    "its raining again here",
    "brb coffee",
    "kumusta kayo",
    "musta na mga bes",
    "hallo allemaal",
    "hoi wie is er online",
    "hallo zusammen",
    "wie gehts euch",
    "hola a todos",
    "que tal la noche",
    "maayong gabii",
    "unsa inyong ganahan kaon",
    "any good movies lately?",
    "my internet is so slow today",
    "i just got home from work",
    "happy birthday jen!",
    "what time is it there",
    "going to sleep, night all",
    "anyone play mobile legends?",
    "the new song is so good",
    "ang init ngayon grabe",
    "weekend na bukas",
]
PRIVATE_LINES = [
    "hey",
    "hi how are you",
    "im good and you",
    "where are you from",
    "from cebu",
    "nice, i have been there once",
    "what do you do for work",
    "i am a nurse",
    "cool",
    "ok see you later",
    "thanks for the tip",
    "did you see the news today",
]
OFFENDING = [
    "hi",
    "hello",
    "asl?",
    "im 12 f",
    "where is your mom",
    "she is at work",
    "are you alone now",
    "yes",
    "can you open your cam for me",
    "i will send 500 via gcash",
    "dont tell anyone ok",
    "add me on telegram",
]


def generate(events: int, rooms: int, seed: int = 1) -> Iterator[dict[str, object]]:
    rng = random.Random(seed)
    start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    nicks = [f"user{i:06d}" for i in range(max(1000, events // 20))]
    private_id = 0
    i = 0
    while i < events:
        ts = (start + dt.timedelta(milliseconds=i * 7)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        roll = rng.random()
        if roll < 0.6:  # room chatter
            room = f"#room{rng.randrange(rooms):05d}"
            yield {
                "id": f"b{i:09d}",
                "ts": ts,
                "network": "irc.bench",
                "room": room,
                "sender": rng.choice(nicks),
                "to": None,
                "text": rng.choice(ROOM_LINES),
            }
            i += 1
            continue
        # a short private conversation, 1 in 200 of them offending
        private_id += 1
        a, b = rng.sample(nicks, 2)
        lines = OFFENDING if rng.random() < 0.005 else rng.sample(PRIVATE_LINES, 6)
        for j, text in enumerate(lines):
            if i >= events:
                break
            sender, to = (a, b) if j % 2 == 0 else (b, a)
            yield {
                "id": f"b{i:09d}",
                "ts": ts,
                "network": "irc.bench",
                "room": None,
                "conversation": f"p{private_id:08d}",
                "sender": sender,
                "to": to,
                "text": text,
            }
            i += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--rooms", type=int, default=5_000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/traffic.jsonl"))
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for event in generate(args.events, args.rooms):
            f.write(json.dumps(event, ensure_ascii=False) + "\n")
    print(f"wrote {args.events} events to {args.out}")


if __name__ == "__main__":
    main()
