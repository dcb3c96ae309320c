"""`sweetie.toml` for the live runtime: what it accepts, and one clear line for what it does not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sweetie.events import ConfigError
from sweetie.runtime.config import load_config

GOOD = """\
mode = "investigation"
data_dir = "./sweetie-data"

[[networks]]
name = "local"
kind = "irc"
host = "127.0.0.1"
port = 6667
tls = false
rooms = ["#chat", "#teens"]
sasl_username = "acct"
password_env = "SWEETIE_TEST_SASL"
flood_rate = 0.5
flood_burst = 3

[[presences]]
network = "local"
nick = "mia_11"
realname = "mia"
profile = "11, from Cebu"

[[presences]]
network = "local"
nick = "ana_12"
sasl_username = "ana"
sasl_password = "pw"

[runtime]
batch_max = 100

[policy]
cooldown_seconds = 0

[web]
port = 8123
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sweetie.toml"
    path.write_text(text)
    return path


def test_a_full_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWEETIE_TEST_SASL", "from-env")
    config = load_config(write(tmp_path, GOOD))
    assert config.mode == "investigation"
    assert config.data_dir == tmp_path / "sweetie-data"  # relative to the file
    assert config.database_url is None
    (net,) = config.networks
    assert net.settings.rooms == ("#chat", "#teens")
    assert (net.settings.flood_rate, net.settings.flood_burst) == (0.5, 3)
    mia, ana = net.presences
    assert (mia.nick, mia.realname, mia.profile) == ("mia_11", "mia", "11, from Cebu")
    assert (mia.sasl_username, mia.sasl_password) == ("acct", "from-env")  # the network's
    assert (ana.sasl_username, ana.sasl_password) == ("ana", "pw")  # its own
    assert config.tuning.batch_max == 100 and config.tuning.batch_wait_ms == 5.0
    assert config.sections == {"policy": {"cooldown_seconds": 0}, "web": {"port": 8123}}


MINIMAL = """\
[[networks]]
name = "local"
host = "127.0.0.1"
{network}
[[presences]]
network = "local"
nick = "mia_11"
{presence}
"""


@pytest.mark.parametrize(
    ("network", "presence", "top", "message"),
    [
        ("port = 70000", "", "", "networks[0].port: 70000 is not a TCP port"),
        ('port = "6667"', "", "", "networks[0].port: must be an integer, not '6667'"),
        ('kind = "matrix"', "", "", "networks[0].kind: 'matrix' is not a supported"),
        ("colour = 1", "", "", "networks[0].colour: unknown setting"),
        ('rooms = ["#a", ""]', "", "", "networks[0].rooms[1]: must be a non-empty string"),
        ("flood_burst = 0", "", "", "networks[0].flood_burst: 0 must be >= 1"),
        (
            'password_env = "SWEETIE_NOT_SET_X"',
            'sasl_username = "x"',
            "",
            "networks[0].password_env: environment variable SWEETIE_NOT_SET_X is not set",
        ),
        ("", 'username = "two words"', "", "presences[0].username: 'two words' must be one"),
        ("", "realname = 5", "", "presences[0].realname: must be a string, not 5"),
        ("", "", 'mode = "chaos"', "mode: 'chaos' is not one of"),
    ],
)
def test_bad_values_name_the_key(
    tmp_path: Path, network: str, presence: str, top: str, message: str
) -> None:
    text = top + "\n" + MINIMAL.format(network=network, presence=presence)
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text))
    assert str(info.value).startswith(str(tmp_path / "sweetie.toml") + ": ")
    assert "\n" not in str(info.value)
    assert message in str(info.value)


def test_presence_errors(tmp_path: Path) -> None:
    base = MINIMAL.format(network="", presence="")
    with pytest.raises(ConfigError, match=r"presences\[1\]\.nick: 'MIA_11' is already"):
        load_config(write(tmp_path, base + '[[presences]]\nnetwork = "local"\nnick = "MIA_11"\n'))
    with pytest.raises(ConfigError, match=r"presences\[1\]\.network: no \[\[networks\]\]"):
        load_config(write(tmp_path, base + '[[presences]]\nnetwork = "x"\nnick = "b"\n'))
    with pytest.raises(ConfigError, match=r"networks\[0\]: no \[\[presences\]\]"):
        load_config(write(tmp_path, '[[networks]]\nname = "n"\nhost = "h"\n'))
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "missing.toml")


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'mode = "deterrence"\n\n[[networks]\nname = 1\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(f"{path}:3: ")


def test_sweetie_run_with_a_bad_config_exits_2_with_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, "[[networks]]\nname = 'n'\n")
    done = subprocess.run(
        [sys.executable, "-m", "sweetie.runtime.cli", "run", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"sweetie: error: {path}: networks[0].host: missing"
    ]
