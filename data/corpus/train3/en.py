# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""English phrase bank, third train set (written apart from train/ and train2/).

Paraphrase practice: other verbs, word orders, chat shorthand (u, ur, rn, ngl, tbh) and
Philippine/UK/US English than the first two sets. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: darren | kylie | marcus | bella | shawn | keisha | trent | poppy | rhys | leah | cody | nia | dylan | tori | gavin | skye
nick_word: pineapple | thunder | waffles | meteor | pebble | cobra | biscuit | marble | jetski | orbit | pickle | rascal | lantern | nimbus | quokka
network: irc.example.net | chat.example.org | im.example.com
room: #chat | #teens | #friends | #lounge | #hangout
price: {usd} usd | ${usd} | {usd} dollars cash | P{amount} | {amount} php
lowprice: ${usd_low} | {usd_low} dollars
remit: western union | moneygram | remitly | gcash | paypal | worldremit | cash app | a bank transfer
app: telegram | signal | whatsapp | kik | snapchat | another app
class_app: zoom | google meet | teams | seesaw
city: manchester | leeds | cardiff | ohio | texas | sydney | perth | toronto | manila | cebu | auckland
name: my aunt | my godfather | grandma | my godmother | coach | my older cousin
sib: ur little sister | ur younger brother | the youngest at ur place | ur little cousin
subject: maths | english | science | history | spelling
item: phone | laptop | bike | speaker | printer | air fryer
gig: the concert on saturday | the county fair | the talent show finale | the comedy night | the open mic downtown
time: at 7 | after work | at 10 | in the morning | saturday night
day: monday | friday | next week | at christmas
food: pizza | tacos | fish and chips | ramen | burgers | pasta
team: arsenal | the lakers | liverpool | the yankees | man city
game: fortnite | minecraft | roblox | fifa | valorant
grade: 5th grade | 6th | year 7 | yr 6 | primary 6 | still in elementary
"""

PHRASES = """
greet: hey {them} | hiya | yo | sup | hello there | heyy
greet_back: hey! | hi | who's this? | hey hey | yeah hi {them}
how_are_you: hows ur day been | u good? | whats new | hows ur night going
fine_reply: good hbu? | tired but ok | same old | all good | sleepy lol
wyd: what u up to | whatcha doing | where r u rn?
wyd_reply: just at home | homework | watching vids | gaming | helping my mum
where_from: where u from? | which city | what country r u in
from_reply: from {city} | i live in {city} | {city}, u?
weather: power went out again | its boiling today | pouring rain here
weather_reply: ugh same | stay safe | gross
food: eaten yet? | whats for dinner? | im starving
food_reply: {food} tonight | not yet | {food} again
ok: ok | sure | yep | fine | cool | deal
thanks: thanks a lot | cheers | ty so much | thx
bye: gtg | cya | later | talk soon | night

s_asl: how old r u? | ur age? | how old are u exactly | whats ur age btw | u look young how old
s_self_age: im {age_adult}, single | {age_adult} here, work in {city} | {age_adult} from {city}
s_trust: ur so easy to talk to | ur way more mature than kids ur age | im not like the others | if anything's wrong just tell me | im ur best friend on here
s_school: what grade r u in? | which school u go to? | u got school this week?
s_alone: anyone with u rn? | u home by urself? | whos at ur place? | ur mum not there? | where r ur parents rn
s_app: lets talk on {app} its safer | u got {app}? better there | add me on {app} | get {app} and we talk there
s_cam: turn ur camera on for a sec | video call now, just us | show urself on cam | will u do a private show for me? | video call w nobody else around
s_money: ill send u credit | ill give u money | {price} for u | ill buy u a new phone | ill pay ur phone top ups
s_remit: whats ur {remit}? | sending it on {remit} now | u have {remit}? | ill send it thru {remit} tmrw | just pick the cash up at {remit}
s_secret: dont tell ur mum ok | this is our secret | dont show ur dad the chat | delete the chat after | dont tell anyone
s_sibling: u got a little sister or brother? | how old is {sib}? | get {sib} on the call too | if {sib} joins u get more
s_push: cmon pls | itll be quick | dont overthink it | come on | u got nothing to lose
s_from_room: hey {them} saw u in the room | {them} u were the one typing in the room earlier right | saw ur msg in the main chat hehe

c_age: im {age_minor} | only {age_minor} | {age_minor} years | turning {age_minor} soon | already {age_minor}
c_grade: im in {grade} | {grade} this year | in {grade} now
c_school: {grade} at a public school | yeah still | school's ok
c_alone_reply: mum went shopping | im alone | just my brother but hes asleep | theyre not back yet | grandma is here
c_app_reply: i dont have {app} | not allowed | whats that | dunno how to get that
c_cam_reply: what show | why | i dont want to | my cam doesnt work | im shy
c_money_reply: what for | no thanks | im not allowed to take it | how come | i dont get it
c_secret_reply: why | ok | what u mean | dunno
c_sibling_reply: shes {age_sib} | hes still little | at grandmas | why u asking
c_leave: im being called | dinner time | bye | gotta do homework | gotta go

f_offer: got a niece {age_kid}, available for a show, just send the transfer | my daughter {age_kid} can do a private video call if u send money | girl here {age_kid} available for show, pay first | u want to see the {age_kid} yr old girl on cam, i can arrange it
f_age: shes {age_kid} | {age_kid} and {age_sib} | primary school, {age_kid}
f_price: {price} per video call | {price} a show | {price} and more if its long
f_remit: send via {remit} first | only {remit} | pay on {remit} before | to my partners {remit}
f_app: not here, on {app} | {app} is safer | msg me on {app} for the time
f_secret: tell nobody | no recording | wipe everything after
f_when: tonight when theyre asleep | tomorrow morning | when the neighbour is out
k_ask_avail: u got a girl available for a show? | is there a kid who can go on cam? | can i see a kid on a private video call? ill pay
k_ask_age: how old | hows old is she | age?
k_ask_price: how much | whats the price | how much all in
k_haggle: {lowprice} ok? | pricey, go lower | {lowprice} and done
k_when: when can it happen | can it be now? | what time
k_sent: sent it via {remit} | check ur {remit} | paid
k_refuse: im not into that, reporting u | thats a child, its a crime | im reporting u to the police
k_from_room: saw ur ad, hows much the show | u posted that about the girl in the room? | how much for what u posted in the room
rf_advert: girl {age_kid} yrs available for show, just transfer | got a niece, private cam, {remit} | kid show in private, cheap

vc_ask: video call later? | facetime later mate | ill ring u on video tonight | zoom tmrw for the meeting?
vc_ok: sure | yeah can do | ok but later | hang on
vc_time: at {hour}? | {time} good? | rather {time}
owe_ask: the cab fare u still owe me | send me the {price} for the pizza | hi miss, paid my sons tutoring for the month, {price}
owe_sent: sent it on {remit} | {remit} done | thanks, the tutoring fee came through on {remit}
owe_thanks: got it ta | thanks mate | sweet, thanks
repair_ask: do u do consultations over video call? whats ur rate | got time for a paid advice session on video? | my webcam dies in meetings, can u fix it?
repair_q: what time suits u | what laptop is it | how many minutes do u need
repair_price: {price} an hour | {price} per session | {price} for the consult
repair_pay: {remit} works | {remit} or bank is fine | {remit} before the session
show_ask: u going to {gig}? | any tickets left for {gig}? | did u see {gig}?
show_reply: yeah it was amazing | not yet | cant wait
show_price: hows much a ticket? | {price} for vip | {price} on the door
show_pay: ticket via {remit} | doing both tickets on {remit} | paying at the door
sell_ask: is ur {item} still available? | hows much the {item}? | can u show me the {item} on video call?
sell_price: {price} final | {price} and its yours | {price} but open to offers
sell_pay: {remit} ok? | pay me on {remit} | ok paying via {remit}
sell_ship: ships tmrw | ill post it | pickup in {city}
par_home: sweetie where r u | home from school yet? | all ok there love?
kid_home: yeah mum im home | already home | yeah dad
par_alone: u on ur own hun? dont open the door for anyone | dont let anyone in ok | ill be late, lock the door
kid_ok: ok mum | fine dad | ok mummy | yes auntie
par_allow: hun sent ur pocket money on {remit} | ur school trip money is on {remit} | check ur {remit}, the project money is there
par_secret: dont tell dad about the surprise | grandmas present is a secret | say nothing about tomorrows cake
kid_age: mum im already {age_minor} | im literally {age_minor} mum not a baby | auntie im {age_minor} now
par_hw: homework done? | revise ur {subject} | read the {subject} chapter
rel_sent: sent the school fees on {remit} | ur allowance is on {remit} | sent a lil something on {remit} for ur bday
rel_thanks: thanks auntie | thank u so much uncle | thanks nana, love u
rel_vc: video call {day}, i miss u all | ill call u {day} to see u | {day} facetime with grandma too
tut_class: miss is there class on {class_app} today? | tutoring on {class_app} at {hour} | the {class_app} link for revision is up
stu_ok: yes miss | yes sir | ok teacher | thank u miss
tut_cam: cameras on for the register | switch ur video on so i can see ur here | cameras on during the quiz pls
tut_hw: {subject} homework for tmrw | the {subject} task is due monday | read chapter 3
tut_msg: ask in the class chat if anythings unclear | msg me if u have questions | ask in the class chat if u dont get it
teen_game: {game}? | u on {game}? | ranked in {game}
teen_game_r: later | cant yet | after homework
teen_secret: dont say i failed that test | dont tell my mum i skipped | its a secret i like someone in class
teen_secret_r: wont say a thing | chill | obviously not
news_share: they busted a ring selling webcam shows of kids, paid thru western union | news: parents sold video calls of their daughter, now locked up | foreigner arrested for wiring money to kids for video
news_react: horrible | hope they get years | so sad to read
news_report: report it to police | report it to the hotline | call 911 if its urgent
rep_mod: mods theres a user asking kids their age and offering money | someone messaged my {age_minor} yr old, reported it | reporting this user, offered a show of a kid
mod_ack: thanks for reporting | looking into it | seen it
mod_action: banned | blocked and reported to police | account removed
worry: my {age_minor} yr old is chatting w someone i dont know | someone asked my son where we live | worried about who my daughter talks to online
worry_advice: check her chats | talk to her about staying safe online | report it if u know something
r_greet: hi all | evening everyone | hey people | hi chat | yo everyone
r_chat: who won the game | so hot today | anyone seen the new series | traffic on the motorway again | everything's so expensive | storm coming? | where to eat in town | power's out again | knackered from work
r_react: haha yeah | true | lol | so funny | noo | right
r_young: im {age_minor} can i be here? | in year 7 hehe | only {age_minor}
r_kid_reply: {them} go do ur homework | {them} hi | {them} be careful here
rs_approach: {them} pm me i got credit for u | {them} private, video call and ill pay | {them} lets chat separately, ill get u something
r_callout: {them} thats a kid | mods check {them} | {them} ur reported
ngo_msg: tip: dont share ur age or address with strangers | if someone offers a kid money for cam, report it | report online child exploitation
r_mod: mods are here | sorted | calm down
"""
