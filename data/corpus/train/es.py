# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Spanish phrase bank, train split. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: sofia | lucia | mateo | diego | valeria | pablo | carlos | ana | javi | marta | alex | dani | laura | hugo | nerea | sergio | paula | ivan
nick_word: gamer | sol | lobo | tormenta | feliz | guay | suerte | pixel | luna | tigre | chill | sombra | estrella | loco | rayo
network: irc.example.net | chat.example.org | im.example.com
room: #espanol | #charla | #amigos | #chat | #latinos
price: {usd} euros | {usd}€ | {usd} dolares | ${usd}
lowprice: {usd_low} euros | {usd_low}€
remit: bizum | paypal | western union | remitly | moneygram
app: skype | telegram | whatsapp | snapchat | kik | instagram
class_app: zoom | meet | teams
city: madrid | barcelona | sevilla | valencia | bilbao | mexico df | bogota | lima
name: tia carmen | el tio pepe | la abuela | marta | jorge | la vecina
sib: hermanita | hermano pequeño | prima | hermana menor
subject: mates | lengua | ingles | naturales
item: bici | ps4 | freidora de aire | chaqueta | funda del movil | silla de escritorio
gig: el concierto en el bar | el show de magia | el monologo | el concierto del sabado
time: a las 8 | esta noche a las 9 | despues de cenar | sobre las 7 | el sabado a mediodia
day: el sabado | el domingo | mañana | el viernes por la noche
food: pizza | tortilla | tacos | paella | arepas
team: el madrid | el barça | el atleti | el betis | la seleccion
game: fortnite | minecraft | roblox | fifa | valorant
grade: sexto | quinto | primero de la eso | 6º de primaria
"""

PHRASES = """
greet: hola | holaa | hola {them} | buenas | ey | q tal
greet_back: hola | hola que tal | holi :) | holaa | buenas {them}
how_are_you: como estas? | que tal tu dia | todo bien? | como vas
fine_reply: bien y tu | bien gracias | bien, algo cansada | regular | no me quejo
wyd: que haces | q haces | que estas haciendo
wyd_reply: nada aburrida | viendo youtube | comiendo | en mi cuarto tranqui | nada especial
where_from: de donde eres? | de donde eres tu | de que ciudad eres
from_reply: {city} | soy de {city} | {city} y tu?
weather: que calor hace hoy | aqui llueve todo el dia | que frio esta mañana
weather_reply: aqui igual jaja | que suerte | odio la lluvia
food: ya comiste | que vais a cenar | tengo hambre jaja
food_reply: si {food} | todavia no | antes comi {food}
ok: vale | ok | claro | mmm vale | jaja vale | ah ok
thanks: gracias | muchas gracias! | grax | mil gracias
bye: me tengo que ir, chao | vale adios | hablamos luego | nos vemos
s_asl: asl? | cuantos años tienes? | cuantos años tienes tu | edad?
s_self_age: tengo {age_adult}, soy de {city} | {age_adult} h {city} | tengo {age_adult}, trabajo en {city}
s_trust: pareces muy maja | eres muy lista para tu edad | me gusta hablar contigo, eres diferente | podemos ser buenos amigos
s_school: vas al cole? | en que curso estas | te gusta el cole
s_alone: estas sola en casa? | donde esta tu mama? | hay alguien mas en casa contigo? | esta tu madre
s_app: tienes {app}? agregame | hablemos por {app} mejor | cual es tu {app}
s_cam: tienes camara? | hacemos videollamada, solo nosotros? | enseñate en la cam | haces un show para mi en la cam | pon la cam para mi
s_money: te puedo dar {price} | te pongo saldo | te doy una tarjeta regalo si quieres | quieres {price}? dinero facil
s_remit: te lo mando por {remit} | como te llamas en {remit} | te mando un {remit} ahora mismo | dame tus datos de {remit}
s_secret: no se lo digas a nadie vale | borra el chat despues | es nuestro secreto | no le digas a tu mama de mi
s_sibling: tienes una {sib}? | esta tu {sib} tambien? que se una | trae a tu {sib}, os pago a las dos
s_push: venga es facil | solo un momento, 5 min | porfa de verdad quiero | por que no? nadie se va a enterar
s_from_room: hola {them}, te vi en la sala | ey soy el de la sala de chat | hola desde la sala :)
c_age: tengo {age_minor} | {age_minor} | tengo {age_minor} jaja | {age_minor} años
c_grade: estoy en {grade} | voy a {grade} | {grade} este año
c_school: si {grade} | si me gustan las mates | el cole es aburrido jaja
c_alone_reply: mi mama esta trabajando | si estoy sola | mi abuela esta durmiendo | mama fue al super
c_app_reply: no tengo {app} | vale cual es tu usuario | mi movil es viejo | solo tengo whatsapp
c_cam_reply: que show? | por que? | no se como se hace | mi camara no va | para que
c_money_reply: no tengo saldo | en serio? | para que? | vale
c_secret_reply: por que? | vale | por que secreto
c_sibling_reply: solo tiene {age_sib} | mi {sib} esta durmiendo | por que? | mi {sib} esta en el cole
c_leave: me tengo que ir | mi mama me llama | adios voy a comer | me voy
f_offer: mi sobrina tiene {age_kid}, puede hacer un show en la cam para ti | mi hija tiene {age_kid}, show privado en la cam si pagas | tengo niños disponibles para show privado en cam, {age_kid} y {age_sib} | quieres show con una niña? mi sobrina tiene {age_kid}
f_age: tiene {age_kid} | solo {age_kid}, muy pequeña | una tiene {age_kid} y su prima {age_sib}
f_price: {price} por 30 min | {price} por show | el precio es {price}, solo privado
f_remit: primero pagas por {remit} | pago por {remit} a mi nombre | solo {remit}, te doy el nombre | paga por {remit} y empezamos
f_app: solo por {app} | agregame en {app} para el show | privado en {app}, ninguna otra app
f_secret: no se lo digas a nadie, borra el chat despues | nada de grabar eh | esto queda entre nosotros
f_when: esta noche despues de las 9 | ahora puede, esta aqui | mañana cuando su madre trabaja
k_ask_avail: tienes niñas para show en cam? | hay niños disponibles para un show privado? | busco niña joven para show en cam, tienes?
k_ask_age: cuantos años tiene? | que edad? | como de pequeña?
k_ask_price: cuanto? | precio? | cuanto cuesta el show?
k_haggle: muy caro, {lowprice}? | puede ser por {lowprice} | ultimo precio?
k_when: se puede esta noche? | cuando puede | ahora se puede?
k_sent: enviado, mira tu {remit} | vale ya mande el dinero | hecho, enviado
k_refuse: ni de broma, te denuncio | que?? es una niña, denunciado | largate, se lo digo a los mods
k_from_room: vi tu mensaje en la sala, cuanto por el show? | hola, por lo que pusiste en la sala, las niñas, cuanto | tu pusiste lo del show privado con niños, sigue disponible?
rf_advert: tengo niñas {age_kid}-{age_minor} para show privado en cam, mp para precio | mp para show en cam con niñas, pago por {remit} | show privado, niños pequeños, mp
vc_ask: videollamada luego? | hacemos videollamada esta noche? quiero enseñarte el piso nuevo | facetime luego? | tienes un rato para llamar luego?
vc_ok: claro! | si llamame despues del curro | vale pero solo 20 min | si porfa os echo de menos
vc_time: {time} vale? | despues de {time} | hagamos {time}
owe_ask: me devuelves los {price} de la cena | oye aun me debes {price} jaja | me pasas los {price} de las entradas
owe_sent: enviado por {remit} | te acabo de mandar {price} por {remit} | hecho, mira tu {remit}
owe_thanks: recibido gracias | me llego! | gracias tio
repair_ask: mi webcam ya no funciona me la puedes arreglar? | puedes mirar la cam de mi portatil, sale negro | el ordenador ya no detecta mi cam
repair_q: que portatil es? | actualizaste los drivers? | traelo el viernes y lo miro
repair_price: la reparacion son {price} | arreglado, {price} piezas y mano de obra | modulo de camara nuevo, {price} en total
repair_pay: por {remit} esta bien | puedes pagar por {remit} | efectivo o {remit} vale
show_ask: viste el show anoche? | vas a ir a {gig}? | quedan entradas para el show?
show_reply: si estuvo genial | tocamos en {gig} {day} | si quedan pocas
show_price: cuanto? | las entradas son {price} | precio por entrada?
show_pay: paga por {remit} y te reservo el sitio | manda {price} por {remit} y te apunto en la lista | {remit} o pagas en la puerta
sell_ask: hola sigue disponible la {item}? | precio de la {item}? | aun vendes la {item}?
sell_price: {price} mas envio | {price} ultimo precio | si, {price}
sell_pay: como pago | puedo pagar por {remit}? | vale me la quedo
sell_ship: manda por {remit}, lo envio mañana | {remit} vale, te paso el seguimiento | recibido, envio el lunes
par_home: ya estas en casa? | llegaste del cole? | en casa?
kid_home: si mama | si ya estoy en casa | si acabo de llegar
par_alone: estas sola en casa? cierra con llave | esta tu hermano? no abras a nadie | cierra la puerta, llego a las 6
kid_ok: vale mama | vale | si mama | lo hago
par_allow: te mande la paga por {remit} | te envie {price} para la excursion | mira tu {remit}, es para la comida de esta semana
par_secret: no le digas a tu hermano lo de la fiesta sorpresa vale | es secreto, no le digas a papa lo de la tarta | shh no le digas a tu hermana, es su regalo
kid_age: mama tengo {age_minor} no soy un bebe | ya lo se mama tengo {age_minor} | tengo {age_minor} se hacer fideos jaja
par_hw: hiciste los deberes? | primero termina los deberes de {subject} | nada de juegos hasta terminar los deberes
rel_sent: ya mande lo del colegio por {remit} | acabo de mandar {price} para la matricula por {remit} | el dinero del cole de los niños esta en {remit}
rel_thanks: me llego, muchisimas gracias | recibido, gracias | los niños dicen gracias!
rel_vc: videollamada el domingo para ver a los niños? | llamame {day}, trae a tu {sib} tambien | hagamos videollamada {day} con toda la familia
tut_class: clase por {class_app} mañana a las 8 | recordatorio: clase de {subject} por {class_app} a las 9 | el enlace de {class_app} esta en el grupo
stu_ok: vale profe | si profe | ok | entendido
tut_cam: encended la camara para pasar lista porfa | camaras encendidas todos para la asistencia | pon tu cam para pasar lista
tut_hw: entregad los deberes el viernes | no olvideis la ficha de {subject} | el lunes hay examen
tut_msg: escribidme por teams si teneis dudas | podeis mandarme un correo o escribir por {app} con dudas | preguntad en el chat de clase si necesitais ayuda
teen_game: juegas {game} luego? | viste la actualizacion de {game} | {game} luego?
teen_game_r: si despues de los deberes | jaja me banearon | a lo mejor, mi madre me quito el movil
teen_secret: no le digas a nadie que me gusta vale | no digas que suspendi el examen | prometeme que no lo dices
teen_secret_r: no lo dire jaja | prometido | jaja soy una tumba
news_share: viste las noticias? detienen a un hombre en cebu por pagar a niños por shows en webcam | la policia pillo a un tipo que pagaba a menores por western union por videollamadas | noticia: extranjeros mandaban dinero a niños por shows en cam, 3 detenidos
news_react: que horror | asqueroso, ojala se quede en la carcel | pobres niños, los padres estaban metidos?
news_report: si veis algo asi avisad a los mods | se puede denunciar en la linea de ayuda | denunciadlo a la policia
rep_mod: este tio le pidio un show a una niña de 12, lo he denunciado | mod, alguien en #chat pide a niños que se pasen a {app} | un usuario no para de preguntar a niños si estan solos
mod_ack: gracias por avisar | lo miro ahora | gracias, cual es su nick
mod_action: baneado, gracias | expulsado y logs guardados | reenviado al equipo de seguridad
worry: mi hija tiene {age_minor} y chatea online, deberia preocuparme? | como se con quien habla mi hijo en {app} | a mi sobrina le escribieron preguntando si estaba sola
worry_advice: habla con ella, dile que nunca vaya a privado con desconocidos | revisad juntos sus apps y la privacidad | dile que nunca acepte dinero ni saldo de desconocidos
r_greet: hola a todos | buenas gente | buenas noches sala | ey chicos | holaa chat
r_chat: alguien ve a {team}? | que calor hoy | que cenais | tengo esta cancion en la cabeza | alguien juega {game} esta noche | que trafico hoy madre mia | quien mas no puede dormir | {team} perdio otra vez | alguna serie buena?
r_react: jaja | jaja cierto | igual | omg | guay | +1
r_young: tengo {age_minor} jaja soy la mas pequeña? | no puedo quedarme mucho tengo {age_minor} y mañana hay cole | tengo {age_minor} y me sigue gustando esta cancion jaja
r_kid_reply: {them} a hacer los deberes jaja | bienvenida {them}, ten cuidado aqui vale | {them} jaja peque
rs_approach: {them} tienes cam? te pongo saldo, mp | {them} mp, te doy {price} por un show | alguna niña de {age_minor} quiere ganar saldo? mp
r_callout: {them} que haces es una niña, mods | {them} denunciado | {them} deja en paz a los niños
ngo_msg: recordatorio: que un adulto pida cam o dinero a niños es delito, denunciadlo | cuidaos, nunca vayais a privado con desconocidos que preguntan la edad | si alguien te ofrece saldo por una videollamada, cuentaselo a un adulto
r_mod: los mods ya estan en ello | avisad por mp | no compartais datos personales aqui
"""
