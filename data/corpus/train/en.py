# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""English phrase bank, train split. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: jake | mike | tom | chris | dave | kevin | ryan | paul | steve | mark | anna | emma | lily | sophie | chloe | mia | ella | grace | kate | josh | ben | sam | alex | jess
nick_word: sunny | blue | gamer | wolf | storm | happy | cool | lucky | pixel | rider | moon | tiger | chill | shadow | star | angel | rocky | smile
network: irc.example.net | chat.example.org | im.example.com
room: #chat | #lobby | #friends | #hangout | #philippines
price: {usd} dollars | ${usd} | {usd} usd | {amount} php
lowprice: ${usd_low} | {amount_low} php
remit: western union | gcash | paypal | remitly | moneygram
app: skype | telegram | whatsapp | kik | snap | messenger | viber
class_app: zoom | google meet | teams
city: london | manchester | texas | sydney | toronto | ohio | manila | cebu | dublin | leeds
name: jen | rob | carla | mike | aunt rose | tita mel | danny | sarah
sib: little sister | younger brother | cousin | baby sister
subject: math | science | english | history
item: phone case | old ps4 | bike | rice cooker | sneakers | laptop bag
gig: the bar gig | our band show | the magic show | the comedy show
time: 8pm | 9 tonight | after dinner | around 7 | saturday noon
day: saturday | sunday | friday night | tomorrow
food: pizza | adobo | noodles | tacos | burgers
team: liverpool | arsenal | city | the lakers | warriors
game: roblox | minecraft | fortnite | valorant | mobile legends
grade: grade 6 | grade 7 | 6th grade | year 7 | grade 5
"""

PHRASES = """
greet: hi | hey | hello {them} | heyy | hi there | yo
greet_back: hi | hey whats up | hello :) | hii | hey {them}
how_are_you: how are you? | hows your day | how r u | you ok today?
fine_reply: im good hbu | fine thanks | good, bit tired | ok i guess | not bad
wyd: wyd | what are you doing | what u up to
wyd_reply: nothing just bored | watching youtube | eating | just chilling in my room | nothing much
where_from: where are you from? | where u from | what country r u
from_reply: {city} | im from {city} | {city} hbu
weather: its so hot here today | raining all day here | so cold this morning
weather_reply: same here lol | lucky you | ugh i hate the rain
food: did you eat yet | what did you have for dinner | im hungry lol
food_reply: yeah {food} | not yet | had {food} earlier
ok: ok | okay | sure | hmm ok | lol ok | oh ok
thanks: thanks | thank you! | ty | thx so much
bye: gotta go, bye | ok bye | talk later | see ya

s_asl: asl? | how old are you? | how old r u | age?
s_self_age: im {age_adult} from {city} | {age_adult} m {city} | im {age_adult}, work in {city}
s_trust: you seem really nice | youre smart for your age | i like talking to you, youre different | we can be good friends
s_school: do you go to school? | what grade are you in | do you like school
s_alone: are you alone now? | where is your mom? | anyone else home with you? | is your mom there
s_app: do you have {app}? add me | lets talk on {app} its better | what is your {app}
s_cam: do you have cam? | can we video call, just us? | can you show me on cam | can you do a show for me on cam | turn on your cam for me
s_money: i can give you {price} | i will send you load | i give you a gift card if you want | you want {price}? easy money
s_remit: i send it by {remit} | whats your {remit} name | i can send {remit} right now | give me your {remit} number
s_secret: dont tell anyone ok | delete our chat after | this is our secret | dont tell your mom about me
s_sibling: do you have a {sib}? | is your {sib} there too? they can join | bring your {sib}, i pay both
s_push: come on its easy | just quick, 5 min | please i really want to | why not? no one will know
s_from_room: hi {them}, saw you in the room | hey its me from the chat room | hi from the room :)

c_age: im {age_minor} | {age_minor} | im {age_minor} lol | {age_minor} f
c_grade: im in {grade} | {grade} | {grade} this year
c_school: yes {grade} | yeah i like math | school is boring lol
c_alone_reply: my mom is at work | yeah im alone | my lola is sleeping | mom went to the market
c_app_reply: i dont have {app} | ok whats your id | my phone is old | i only have messenger
c_cam_reply: what show? | why? | i dont know how | my cam is broken | whats that for
c_money_reply: i dont have load | really? | what for? | ok
c_secret_reply: why? | ok | why secret
c_sibling_reply: she is only {age_sib} | my {sib} is sleeping | why? | my {sib} is at school
c_leave: i have to go | my mom is calling me | bye i need to eat | gtg

f_offer: i have a niece {age_kid} yrs old, she can do show on cam for you | my daughter is {age_kid}, private show on cam if you pay | have kids available for private cam show, {age_kid} and {age_sib} | you want show with young girl? my niece is {age_kid}
f_age: she is {age_kid} | {age_kid} only, very young | the girl is {age_kid} and her cousin {age_sib}
f_price: {price} for 30 min | {price} for one show | price is {price}, private only
f_remit: send first via {remit} | payment by {remit} to my name | {remit} only, i give you the name | pay in {remit} then we start
f_app: we do it on {app} only | add me on {app} for the show | private on {app}, no other apps
f_secret: dont tell anyone, delete chat after | no recording ok | this stays between us
f_when: tonight after 9 | now is ok, she is here | tomorrow when her mom is at work
k_ask_avail: you have young ones for cam show? | any kids available for private show? | looking for young girl cam show, you have?
k_ask_age: how old is she? | what age? | how young?
k_ask_price: how much? | price? | how much for show?
k_haggle: too much, {lowprice}? | can you do {lowprice} | last price?
k_when: can we do it tonight? | when can she do it | now possible?
k_sent: sent, check your {remit} | ok i sent the money | done, sent it
k_refuse: no way, im reporting you | what?? thats a child, reported | get lost, telling the mods
k_from_room: saw your message in the room, how much for the show? | hi, about your post in the room, the young ones, how much | you posted about private show with kids, still available?
rf_advert: have young ones {age_kid}-{age_minor} for private cam show, pm for price | pm me for cam show with young girls, pay by {remit} | selling private show, young kids, pm

vc_ask: video call later? | can we video call tonight? want to show you the new place | facetime later? | you free for a call later?
vc_ok: sure! | yeah call me after work | ok but only like 20 min | yes pls i miss you guys
vc_time: {time} ok? | after {time} | lets do {time}
owe_ask: can you pay me back the {price} for dinner | hey you still owe me {price} lol | can you send the {price} for the tickets
owe_sent: sent via {remit} | just sent the {price} on {remit} | done, check your {remit}
owe_thanks: got it thanks | received! | thanks man
repair_ask: my webcam stopped working can you fix it? | can you look at my laptop cam, its black | my cam is not detected anymore
repair_q: what laptop is it? | did you update drivers? | bring it friday i check it
repair_price: its {price} for the repair | fixed, {price} for parts and labor | new cam module, {price} total
repair_pay: send via {remit} is fine | you can pay by {remit} | cash or {remit} ok
show_ask: did you watch the show last night? | you going to {gig}? | are there still tickets for the show
show_reply: yes it was so good | we play {gig} on {day} | yeah a few left
show_price: how much? | tickets are {price} | price per ticket?
show_pay: pay via {remit} and i reserve your seat | send {price} on {remit}, i put your name on the list | {remit} or pay at the door
sell_ask: hi is the {item} still available? | price for the {item}? | still selling the {item}?
sell_price: {price} plus shipping | {price} last price | yes, {price}
sell_pay: how do i pay | can i send via {remit}? | ok ill take it
sell_ship: send via {remit}, ill ship tomorrow | {remit} ok, ill send tracking | got it, shipping monday
par_home: are you home yet? | did you get home from school? | you home?
kid_home: yes mom | yes im home | yeah just got here
par_alone: are you home alone? lock the door | is your brother there? dont open the door for anyone | lock the door, im back at 6
kid_ok: ok mom | ok | yes ma | i will
par_allow: sent your allowance via {remit} | i sent {price} on your {remit} for the school trip | check your {remit}, thats for lunch this week
par_secret: dont tell your brother about the surprise party ok | its a secret, dont tell dad about the cake | shh dont tell your sister, its her gift
kid_age: mom im {age_minor} not a baby | i know mom im {age_minor} already | im {age_minor} i can cook noodles lol
par_hw: did you do your homework? | finish your {subject} homework first | no games until homework is done
rel_sent: sent the tuition money via {remit} | just sent {price} for school fees on {remit} | the money for the kids school is on {remit}
rel_thanks: got it, thank you so much | received, salamat | the kids say thank you!
rel_vc: video call on sunday so i can see the kids? | call me {day}, bring your {sib} too | lets video call {day} with the whole family
tut_class: class on {class_app} at 8 tomorrow | reminder: {subject} class on {class_app} at 9 | link for {class_app} is in the group chat
stu_ok: ok teacher | yes maam | ok sir | noted po
tut_cam: turn on your camera for attendance please | cameras on for attendance everyone | please open your cam for roll call
tut_hw: submit your homework by friday | dont forget your {subject} worksheet | the quiz is on monday
tut_msg: message me on messenger if you have questions | you can email me or message me on {app} for questions | ask me in the class chat if you need help
teen_game: you playing {game} later? | did you see the new {game} update | {game} later?
teen_game_r: yes after homework | lol i got banned | maybe, my mom took my phone
teen_secret: dont tell anyone i like her ok | dont tell anyone i failed the quiz | promise you wont tell
teen_secret_r: i wont lol | promise | haha ok my lips are sealed
news_share: did you see the news? man arrested in cebu for paying kids for webcam shows | police caught a guy who paid minors via western union for video calls | news: foreigners sending money to kids online for cam shows, 3 arrested
news_react: thats horrible | so sick, hope he stays in jail | poor kids, the parents were part of it too?
news_report: if you see stuff like that report it to the mods | you can report to the hotline | report to police cybercrime unit
rep_mod: this guy asked a 12 year old for a show, reported him | mod, someone in #chat is asking kids to go private on {app} | a user keeps asking young kids if they are alone
mod_ack: thanks for reporting | got it, checking now | thanks, can you send the nick
mod_action: banned him, thanks | we kicked him and saved the logs | forwarded it to the safety team
worry: my daughter is {age_minor} and chats online, should i worry? | how do i know who my son talks to on {app} | my niece got a message asking if she is alone
worry_advice: talk to her, tell her never to go private with strangers | check her apps together and set privacy | tell her to never accept money or load from strangers

r_greet: hi all | hello everyone | evening room | hey guys | yo chat
r_chat: anyone watching the {team} game? | so hot today | what are you all eating | this song is stuck in my head | anyone playing {game} tonight | traffic was crazy today | who else cant sleep | {team} lost again smh | any good series to watch?
r_react: lol | haha true | same | omg | nice | +1
r_young: im {age_minor} lol am i the youngest here | cant stay long im {age_minor} and have school tomorrow | im {age_minor} and i still like this song haha
r_kid_reply: {them} go do your homework lol | welcome {them}, be careful here ok | {them} haha young one
rs_approach: {them} you have cam? i give load, pm me | {them} pm me, i give you {price} for a show | any girls {age_minor} here want to earn load? pm
r_callout: {them} wtf thats a kid, mods | reported {them} | {them} leave the kids alone
ngo_msg: reminder: adults asking kids for cam or money is a crime, report it | stay safe everyone, never go private with strangers who ask your age | if someone offers you load for a video call, tell an adult
r_mod: mods are on it | please report in pm | dont share personal info here
"""
