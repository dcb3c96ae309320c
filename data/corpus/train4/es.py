# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Spanish phrase bank, fourth train set (written apart from train/, train2/ and train3/).

A fourth writer's wording for the same moves: Rioplatense voseo (tenés, prendé, che),
Chilean (po, cachai, pieza), Colombian (parce, pues), Caribbean (chamo, vaina), Central
American (cipote, chele), Peninsular (tío, mola, chaval) and US Spanglish (textear, la app,
el cash), with and without accents, abbreviations (xq, tmb, bn, porfis) and typos. Ages and
school years stated other ways ("cumplo 11 el mes que viene", "quinto básico", "1º de la
ESO"); other payment channels (mercado pago, spei, sinpe, ualá, pago móvil, efecty, ...);
other hard negatives (kermés, función de títeres, exposición oral con cámara, asado
compartido). Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: yadira | matias | josefina | brayan | araceli | facundo | milagros | franco | guadalupe | esteban | florencia | jhon | yessenia | agustin | catalina | wilmer | constanza | rodrigo | belen | lisandro
nick_word: cangrejo | alfajor | yerba | chicharron | zorrito | pantera | gaviota | tucan | neon | bachata | ajolote | arcoiris | pulpo | mandarina | picaflor | chamo
network: irc.example.net | chat.example.org | im.example.com
room: #espanol | #charla | #amigos | #chat | #latinos | #mexico | #colombia | #espana
price: {usd} dólares | {usd} dolaritos | {amount} pesos mexicanos | ${amount} mx | {usd} euros | S/{usd} | {usd} luquitas | {amount} varos
lowprice: {usd_low} dólares | {usd_low} nomás | ${amount_low} | S/{usd_low}
remit: mercado pago | spei | sinpe | ualá | pago móvil | efecty | banco azteca | tigo money | binance | cuenta rut | ria | xoom
app: messenger | el face | line | imo | threema | session | tiktok | wechat | el tele | whats
class_app: webex | teams | google classroom | la plataforma | moodle | el zoom del cole
city: córdoba | mendoza | valparaíso | concepción | cusco | trujillo | guayaquil | san josé | tegucigalpa | san salvador | santo domingo | san juan | oaxaca | mérida | murcia | vigo | los ángeles | houston | miami
name: mi cuñada | don rafa | la seño | mi compadre | la tía rosa | mi roomie | el tío nacho | mi suegra
sib: hermanita | hermanito | primita | primito | hermana chica | hermano chico | hermana pequeña
subject: mate | sociales | geografía | tecnología | plástica | cívica | música
item: el cochecito | la tablet | la bici de niño | el monitor | la silla gamer | el uniforme del cole | las zapatillas | el ventilador | el refri
gig: la obra de teatro del cole | el recital del sábado | el show de stand up | la tocada de mi banda | la función de títeres | la kermés | la presentación de danza
time: a las ocho y pico | tipo nueve | después del laburo | a eso de las siete | cuando se duerman los peques | ya de noche | a la hora del almuerzo
day: el miércoles | este sábado | el finde que viene | el lunes temprano | el feriado | el domingo después de misa
food: asado | sancocho | mole | gallo pinto | locro | choripán | bandeja paisa | salteñas | cachapas | lentejas
team: olimpia | peñarol | colo colo | universitario | saprissa | tigres | rayados | el sevilla | independiente
game: genshin | rocket league | pokémon go | stumble guys | call of duty | clash of clans | subway surfers
grade: 5to grado | sexto grado | 6° de primaria | quinto básico | séptimo básico | 1º de la eso | primero de secu | 4to | 5° | la primaria todavía
"""

PHRASES = """
greet: holaaaa :) | buenass | qué lo que | epa {them} | hola hola {them} | buen día | qué más pues | alo? | wena | hey hey | saludos desde {city}
greet_back: holi holi | qué tal {them} | buenas, quién sos? | hola! cómo va | epa | wenas wenas | épale | hola :) quién eres
how_are_you: cómo andás vos? | qué tal va todo | todo bn? | cómo te trata la vida | y qué tal? | cómo estás tú? | qué cuentas de nuevo | cómo vas, parce
fine_reply: bien bien y vos? | tranqui, tú? | acá andamos | medio cansado pero bien | todo bien gracias a dios | meh, más o menos | bien po, y tú? | chévere, y tú?
wyd: y qué hacés de tu vida? | qué haces ahora | en qué estás? | ocupado? | qué haciendo? | algo interesante hoy?
wyd_reply: aquí en el cel nomás | viendo anime | haciendo quehaceres | terminando de cenar | escuchando música | nada de nada jaja | dibujando | esperando que cargue el cel
where_from: de dónde sos? | de qué parte eres | de qué país me escribes | dónde vives? | de qué ciudad me hablas | y de dónde eres tú
from_reply: de {city} de toda la vida | vivo en {city} | por {city} | a un rato de {city} | {city}! y vos? | soy de {city}, tú?
weather: qué frío hace hoy brr | qué bochorno hoy | se fue la luz por la tormenta | por fin sale el sol :) | está cayendo un aguacero | niebla total esta mañana
weather_reply: uy cuidate | ojalá hubiera sol acá | brrr | qué horror ese clima | qué suerte la tuya | acá al revés
food: ya almorzaste? | qué hay de cena en tu casa | comiste algo? | qué vas a cenar hoy | tengo un hambre jaja | ya merendaste?
food_reply: hoy toca {food} | ahorita voy a comer {food} | no, me lo salté | recién comí {food} jaja | esperando que mi mamá cocine | sobras de {food}
ok: okis | dale dale | bueno | listo | entendí | sisi | va que va | perfecto | oki doki
thanks: mil gracias eh, de verdad | gracias de verdad | te pasaste, gracias | graciaaas | muy amable | gracias, crack | se agradece
bye: bueno me voy | chau chau | hablamos | me piro | cuídate mucho | nos vidrios | buenas noches, bye | me desconecto

s_asl: cuántos tenés? | qué edad tienes, si se puede saber | edad?? jaja | y cuántos años? | años? | cuántos añitos? | sos mayor? | cuál es tu edad | eres chava o chavo? cuántos años?
s_self_age: {age_adult}, hombre, de {city} | yo tengo {age_adult} jaja ya viejito | {age_adult}/h/{city} | {age_adult} años, vivo en {city} | mujer de {age_adult}, {city} | tengo {age_adult}, laburo en {city} | yo? {age_adult}, recién mudado a {city} | {age_adult}, enfermero en {city}
s_trust: me caés re bien | contigo se puede hablar de todo | sos re madura para tu edad | eres súper especial, sabías? | yo siempre te voy a escuchar | tus papás no te entienden como yo | conmigo puedes ser tú misma | eres mi persona favorita de aquí
s_school: en qué año vas? | vas a la primaria o a la secu? | cuál es tu materia favorita? | en qué cole estás? | mañana tienes clases? | todavía vas a la escuela?
s_alone: está tu vieja? | hay algún adulto contigo? | tus papás están en casa? | quién te cuida hoy? | estás solita o con alguien? | tu mamá anda trabajando? | hay alguien en la pieza contigo? | estás sola en tu cuarto ahora? | o sea que estás sola en la casa?
s_app: acá se corta mucho, pasate a {app} | tenés {app}? escribime ahí | mejor seguimos por {app} | dame tu usuario de {app} | bájate {app} y me agregas | por {app} hablamos más tranqui | me textéas por {app}? | agrégame a {app} porfis
s_cam: prendé la cámara | activa la cam un toque | hacemos videochat tú y yo solitos? | me haces un show en vivo? | conéctate por video, privado | abrí la cámara para mí | pásate a videollamada conmigo | una llamadita con cámara? | quiero verte por cámara | haces un directo solo para mí?
s_money: te cargo saldo | te regalo una gift card | te mando unos pesitos | te compro pavos para el fortnite | te pago la recarga del mes | te doy {price} por tu tiempo | te consigo robux | te deposito algo para tus cositas | quieres {price}? así nomás | te pago los datos del cel
s_remit: te mando por {remit} | pasame tu cvu y te transfiero por {remit} | lo cobras en {remit} | dame tu número de {remit} | a nombre de quién mando el {remit}? | tienes {remit}? te hago el envío | te lo giro por {remit} hoy | si no tenés, usá el {remit} de tu mamá
s_secret: que no se entere tu vieja | esto no se lo cuentes ni a tu mejor amiga | borrá todo después eh | tus papás no tienen por qué saberlo | si te preguntan, no me conoces | que quede entre tú y yo | no le vayas a contar a nadie, sí? | ni una palabra en tu casa | nuestro secretito ok? :)
s_sibling: tienes hermanitos chicos? | cuántos tiene tu {sib}? | que se sume tu {sib} | llama a tu {sib} también | si tu {sib} se conecta te doy el doble | tu {sib} tiene cel? | está tu {sib} por ahí?
s_push: dale, no seas así | ándale, un ratito nomás | no te va a pasar nada | nadie se va a dar cuenta | es un toque nada más | confía en mí | porfis porfis | te lo pago bien, dale | por qué te pones difícil
s_from_room: {them} hola, te escribo de la sala | ey {them}, te leí en el chat general | hola {them}! soy {me}, de la sala | {them} holi, vengo de la sala jeje | qué tal {them}, vi lo que escribiste en la sala | {them}, el de la sala otra vez jaja

c_age: tengo {age_minor} años | {age_minor} recién cumplidos | cumplo {age_minor} el mes que viene | voy pa los {age_minor} | {age_minor} y vos? | {age_minor} y medio jaja | tengo {age_minor} por? | {age_minor}, por qué | {age_minor} este año | ya voy a cumplir {age_minor}
c_grade: estoy cursando {grade} | ando en {grade} | {grade}, en el turno tarde | en {grade} jeje | curso {grade} | {grade} en el colegio de monjas | {grade}, tenemos profe nueva
c_school: sí, voy en la tarde | me gusta educación física | sí pero hoy no tuvimos clases | voy a una escuela cerca de mi casa | sí, tengo prueba mañana | más o menos jaja | sí, voy a {grade}
c_alone_reply: mi mami está en el laburo | mi papá sale tarde del trabajo | está mi abue pero está viendo la novela | mi hermano mayor está en su pieza | ahorita nomás yo | se fueron al súper | mi mamá fue a misa | mi tía está cocinando | mis papás vuelven a la noche
c_app_reply: no tengo eso | mi cel no tiene espacio | mi mamá no me deja bajar apps | qué es {app}? | tengo que preguntarle a mi mamá | no tengo datos | solo uso esta
c_cam_reply: cómo que show? | para qué quieres eso | no, eso no | mi cel no tiene cámara | no hago videollamadas | la compu es de mi mamá | qué es un show? | ni idea de qué hablas
c_money_reply: no hace falta | para qué me vas a dar eso | mi papá me da mi mesada | no puedo aceptar cosas | ehh no | de verdad?? | no quiero nada
c_secret_reply: por qué no? | y eso? | yo le cuento todo a mi mamá | para qué borrar | mmm bueno? | qué tiene de malo contar
c_sibling_reply: tiene {age_sib} nomás | está en el jardín | está dormido | por qué preguntas eso | está jugando afuera | mi {sib} está con mi tía | tiene {age_sib} y está viendo tele
c_leave: me voy, chau | mi mamá me está llamando | tengo que hacer la tarea | mi papá necesita el cel | ya llegó mi mamá, bye | me desconecto | me voy a ayudar en la casa

f_offer: mi sobrinita tiene {age_kid}, hace videollamada privada si pagas primero | tengo a cargo una nena de {age_kid}, show privado por cámara con pago | tengo dos chicos acá, {age_kid} y {age_sib}, show en vivo privado, te interesa? | mi hijastro tiene {age_kid}, se puede arreglar una cam privada pagando | la nena que cuido tiene {age_kid}, sesión privada por video si pagas | quieres un show en vivo con una de {age_kid}? yo lo organizo | mi hija de {age_kid} hace show privado por cam, buen precio | la hija de la vecina se queda conmigo, tiene {age_kid}, cam privada con pago | tengo una chama de {age_kid} para videollamada privada, pagando antes
f_age: tiene {age_kid} recién | {age_kid} añitos | {age_kid}, está en primaria | la nena {age_kid}, el nene {age_sib} | cumplió {age_kid} en marzo | {age_kid} cumplidos en diciembre
f_price: {price} por veinte minutos | {price}, mitad antes | {price} el show completo | {price} por llamada, sin rebaja | {price} cada hora | para ti {price} | {price}, si quieres más rato se cobra aparte
f_remit: manda a {remit} al {phone}, a mi nombre | primero el {remit}, después el show | pagas por {remit} y te paso el nombre para cobrar | {remit} y me mandas el comprobante | por {remit} a nombre de mi hermana | deposita en {remit} y pásame captura | solo {remit}, nada de banco
f_app: pasamos a {app}, es más seguro | el show solo por {app} | la video solo la hago por {app} | agrégame en {app} y te mando el link | por {app}, acá no | cuando pagues te mando la invitación de {app}
f_secret: ni una palabra y nada de grabar pantalla | borrá esta conversación después | calladito o no hay más shows | no guardes nada | solo entre nosotros, entendido? | si hablas te bloqueo
f_when: más tarde cuando salga su mamá | después de las 10 hoy | el sábado en la mañana, la casa queda sola | ya mismo si quieres | mañana después de su clase | cuando mi marido se vaya al trabajo
k_ask_avail: alguien con una nena para cam privada? | busco show de cam con niños, tienes? | organizas shows privados con chicos? | necesito una nena en vivo por cámara, pago | me dijeron que tienes niños para shows por video, es cierto? | tienes a alguna chiquita disponible hoy para cam? | quién me consigue un niño por video privado? pago bien
k_ask_age: qué tan chica? | qué edad tiene la nena? | y cuántos añitos tiene? | todavía va a la primaria? | edad de la nena? | y ella de qué edad?
k_ask_price: cuánto sale? | tarifa? | cuánto por show | qué cobras? | precio por media hora? | en cuánto?
k_haggle: {lowprice} y listo? | me lo dejas en {lowprice}? soy cliente fijo | muy caro, máximo {lowprice} | rebaja? {lowprice} | {lowprice} o busco en otro lado | quedamos en {lowprice}
k_when: puede ser ya? | esta noche puede? | cuándo está libre? | qué tan pronto? | el finde se puede? | más tarde hoy?
k_sent: listo, mandado por {remit} | ya pagué, revisa | plata enviada, te paso el comprobante | {remit} hecho, dale | ya está la transferencia | te mandé la referencia del {remit}
k_refuse: ni en pedo, es una nena, te denuncio | sos un enfermo, ya avisé a los mods | no, voy a llamar a la policía | qué te pasa?? denunciado | te bloqueo y te reporto | es una criatura. captura hecha y denunciado
k_from_room: oye, lo que pusiste en la sala del show con chicos, precio? | vi lo que escribiste en la sala, sigue en pie? | lo del anuncio en la sala, la nena, cuánto | publicaste lo de cam privada con niños, cuánto sale? | por tu mensaje en la sala, está disponible? | vengo de la sala, sigue lo que ofrecías?
rf_advert: show privado por cam con chiquitos ({age_kid}-{age_minor}), mp para tarifa | nenas en vivo por cámara privada, acepto {remit}, escríbanme | shows de cam con niños, pago antes, mp | mp para videollamada privada con niñas de {age_kid} pa arriba, barato | ofrezco shows privados con chicos, pago por {remit} | tengo niños para cam privada en vivo, solo interesados en serio

vc_ask: hacemos videochat más tarde? | te llamo por video esta noche? | videollamada para que conozcas al perrito? | armamos videollamada con las chicas hoy? | me haces una video cuando llegues? | facetime al rato? | una video rapidita saliendo del turno?
vc_ok: sí, obvio | dale, después de las 8 | sí, déjame cargar el cel | okis! | me parece bien | si no estás cansada, sí | me encanta la idea
vc_time: {time} te va? | qué tal {time} | {time} me queda bien | digamos {time} | {time} entonces | no antes de {time}
owe_ask: che, me debés {price} del taxi | me pasas los {price} del súper? | acuérdate de los {price} del regalo compartido | me debes {price} de la gasolina jaja | manda tu parte del airbnb, {price} | te devolvió {name}? yo sigo esperando mis {price} | falta tu parte del asado, {price}
owe_sent: listo, te lo mandé por {remit} | hecho, {price} por {remit} | te transferí por {remit}, fijate | ya te devolví por {remit} | {price} ya deberían estar en tu {remit} | transferido por {remit}, perdón la demora
owe_thanks: me llegó, gracias | recibido, crack | ya estamos a mano | gracias, todo bien | ya cayó, gracias | sí, ya lo veo
repair_ask: la cámara de mi notebook no prende | me arreglas la webcam antes de mi entrevista? | la compu no reconoce la webcam | la cam se ve borrosa en las videollamadas, tiene arreglo? | la app de cámara dice que no hay cámara | la cámara de la laptop del cole de mi hijo no sirve, la revisas?
repair_q: de qué marca es? | ya la reiniciaste? | tiene la tapita abierta? | tráela el sábado y la reviso | windows o mac? | desde cuándo no anda?
repair_price: {price} con la pieza nueva | {price} solo mano de obra | {price} el arreglo | sale {price}, mañana te la entrego | {price}, le cambié el cable | revisar es gratis, arreglar {price}
repair_pay: {remit} o efectivo al retirar | me pagas por {remit} cuando esté lista | por {remit} no hay problema | {remit} después de que la pruebes | mitad ahora por {remit}, mitad al retirar | {remit} o tarjeta
show_ask: viste la final anoche? | vas a ir a {gig} al final? | quedan lugares para {gig}? | viste el show de magia en la tele? | fuiste a {gig}? | tu nena sale en {gig} este año?
show_reply: sííí, buenísimo | sí, tocamos {day} | todavía hay lugares | todavía no, no me spoilees | sí, en primera fila | mi hija tiene solo jaja
show_price: cuánto están las entradas? | la entrada sale {price} | a cuánto la entrada? | {price} cada una | cuánto la entrada familiar? | los niños pagan la mitad?
show_pay: mándame por {remit} y te guardo lugar | paga por {remit} y te pongo en la lista de la puerta | {remit} o efectivo en la entrada | transfiere a mi {remit} para las entradas | {remit} a la cuenta de la cooperadora | pagas esa noche o por {remit} ahora
sell_ask: sigue publicado {item}? | cuánto pides por {item}? | me apartas {item}? | cuál es lo menos por {item}? | tiene algún detalle {item}? | vi tu publicación de {item}
sell_price: {price} fijo | {price}, se escucha oferta | {price}, casi sin uso | {price} con envío gratis | {price}, a mis hijos ya no les queda | {price} si lo retiras
sell_pay: acepta {remit}? | cómo quieres que te pague? | te mando ya | {remit} te sirve? | puedo pagar la mitad ahora? | contra entrega se puede?
sell_ship: pago recibido, lo despacho mañana | ya me llegó tu {remit}, sale mañana el paquete | nos vemos en {city} para la entrega? | lo mando el lunes y te paso la guía | pasa el repartidor a buscarlo más tarde | enviado, te paso el número de seguimiento
par_home: ya llegaste del cole? | llegaste bien, mi amor? | ya estás en casa, nena? | te dejó bien el transporte? | avisame cuando entres a la casa | ya volviste de la clase particular?
kid_home: sí ma, ya estoy | sí, recién llego | ya, estoy en casa | sí, vine con {name} | ya, estoy en mi pieza | llegué hace rato
par_alone: estás con alguien? cierra con llave | no está tu hermana? no le abras a nadie | quédate adentro hasta que llegue | cierra todo, llego a las 7 | no dejes entrar a nadie mientras no estoy | tu hermano llega tarde, deja el portón cerrado
kid_ok: dale ma | okey mami | sí papi | bueno bueno | ya sé ma | sí señora jaja | está bien
par_allow: te cargué la mesada en {remit} | te mandé {price} para la excursión | te pasé lo del almuerzo por {remit} | fíjate en tu {remit}, es para los materiales | lo del recreo de la semana está en tu {remit} | te puse {price} en {remit} para el bus
par_secret: no le cuentes a papá lo de la sorpresa | lo de la torta es secreto para tu hermana | es sorpresa para la abuela, no digas nada | no le digas a tu hermano qué le compramos | shh con lo de la fiesta del sábado | papá todavía no puede saber lo del cel nuevo
kid_age: ma tengo {age_minor}, sé cerrar una puerta jaja | tengo {age_minor} no 5 | ya sé mami, tengo {age_minor} | mamá ya tengo {age_minor}, me sé las reglas | pa tranqui, tengo {age_minor} | tengo {age_minor} ma, puedo sola
par_hw: primero la tarea | terminaste lo de {subject}? | nada de cel hasta terminar {subject} | cómo va el proyecto de {subject}? | estudia para la prueba de {subject} | la tablet se apaga a las 9, primero la tarea
rel_sent: ya está la pensión del colegio en {remit} | {price} para los útiles de los niños por {remit} | te giré lo de la matrícula por {remit} | {name} y yo te mandamos algo por {remit} | lo de la inscripción está en {remit}, cóbralo mañana | en {remit} está lo del uniforme de tu hermana
rel_thanks: mil gracias tía | me llegó, gracias de corazón | los niños felices, gracias | ya lo cobré, dios te bendiga | qué bendición, gracias | recibido, los niños te mandan saludos
rel_vc: videollamada {day} con los niños? | llámame {day} para que la abuela los vea | hacemos videollamada {day} | video {day}? quiero ver al bebé | {day} me llamas por video, con toda la familia | llamada {day}? tengo cel nuevo con buena cámara
tut_class: recordatorio: {subject} por {class_app} a las 10 | el link de la clase está en {class_app} | mañana no hay presencial, es por {class_app} | buen día chicos, nos vemos en {class_app} a las {hour} | clase de apoyo de {subject} por {class_app} el sábado | recuperamos la clase por {class_app}, miren el aviso
stu_ok: ok seño | de acuerdo profe | anotado | sí, miss | entendido, gracias | listo profe
tut_cam: por favor prendan la cámara para la asistencia | cámaras encendidas, voy a pasar lista | todos con video para la exposición oral | enciendan las cámaras, la participación cuenta nota | video prendido así sé que están | cámaras los primeros 5 minutos porfa
tut_hw: la ficha es para el lunes | mañana prueba de {subject} | lean las páginas 20 a 25 | suban el trabajo de {subject} a {class_app} | las respuestas del módulo 4 para el viernes | revisamos el trabajo en grupo el miércoles
tut_msg: me escriben por {class_app} si tienen dudas | mándenme un mail con sus preguntas | dejen sus dudas en el grupo del curso | los papás me pueden contactar por dirección | escríbanme por {app} solo en horario de consulta | que el delegado me escriba
teen_game: {game} hoy? | estás conectado en {game}? | jugamos {game} después? | {game} saliendo del cole? | métete a {game} bro | dúo en {game}?
teen_game_r: cuando termine de cenar | no puedo, mi vieja me sacó el cel | de unaa | solo hasta las 9 | si me alcanzan los datos | cuando termine de lavar los platos
teen_secret: no le digas a nadie que me gusta él | no le cuentes a mi mamá que me saqué un 4 | que nadie sepa que me dejaron después de clase | no le digas a mi hermana que usé su cargador | no cuentes que lloré en el baño del cole | no digas que me escapé de educación física
teen_secret_r: no abro la boca | de mí no sale | boca cerrada | tranqui, te cubro | ni loca lo cuento | soy una caja fuerte jaja
news_share: salió en las noticias: detuvieron a una pareja que vendía shows de cámara con niños | nota: la policía rescató a niños usados en videollamadas pagadas, los compradores pagaban por remesas | pasan un documental sobre abuso infantil en línea en filipinas | allanaron una casa donde obligaban a niños a hacer shows por cam para extranjeros | condenaron a un hombre que pagaba a niños por videollamadas con giros | dice un informe que la explotación infantil en línea subió en la pandemia
news_react: qué asco | ojalá se pudran presos | pobres criaturas | me da una bronca | menos mal que los chicos están a salvo | y los padres metidos? no lo puedo creer
news_report: denúncienlo en la web de la policía | avísale a los mods enseguida | repórtalo a la fiscalía | llamen a la policía, no esperen | usa el botón de reportar y guarda los logs | cuéntaselo a un adulto de confianza y denuncia
rep_mod: mods, un usuario le preguntó a una nena si estaba sola | este tipo le ofrece saldo a los chicos en la sala | reporto a alguien que le pidió videollamada a una de {age_minor} | alguien les escribe por privado a niños para que se pasen a {app} | un usuario publicó un anuncio ofreciendo niños para shows de cam | este nick le pidió a una nena que dijo tener {age_minor} que guarde el secreto
mod_ack: gracias, lo estoy viendo | pasame el nick porfa | anotado | gracias, reviso los logs | ya mismo lo veo | tengo la captura, gracias
mod_action: usuario baneado | baneado, logs guardados | reportado a las autoridades | eliminado y con la ip bloqueada | baneado y el reporte fue a la línea de denuncia | expulsado, los logs quedan para la policía
worry: mi hijo de {age_minor} habla con un desconocido | un señor le ofreció robux a mi hijo por videollamada | cómo reviso con quién habla mi hija? | a mi hija alguien le carga saldo y no me dice quién | alguien le preguntó a mi nena de {age_minor} si estaba sola en casa | mi hijo borró sus chats y no me dice por qué
worry_advice: denuncialo y guarda capturas | hablá tranquilo con él | usa el control parental | no le grites, escuchala y denuncia | guarda las pruebas y ve a la policía | dile que no está en problemas

r_greet: buenas, gente linda | qué tal la sala | holaaa chat | saludos desde {city} | buen día, sala | epa gente | qué onda todos
r_chat: alguien más está viendo el partido? | qué están comiendo todos | qué aburrimiento | el tráfico estaba terrible | llovió todo el día | recomiéndenme una peli | mi perro se comió una media | otra vez sin poder dormir | mañana cobro por fin | {team} jugó horrible | alguien probó la temporada nueva de {game} | se cortó la luz de nuevo acá jaja
r_react: jajajaja | posta | jsjsjs | sisi | no puede ser | me muero jaja | tal cual | re
r_young: tengo {age_minor} hola | primera vez acá, tengo {age_minor} | voy en {grade} puedo estar aquí? | {age_minor} acá, aburrida | hola tengo {age_minor}, mi prima me pasó esta sala | {age_minor} es muy chico para este chat? jaja
r_kid_reply: {them} bienvenida! ojo con quién hablas | {them} no deberías estar durmiendo? jaja | hola {them}, quédate en la sala general eh | {them} no pases tus datos acá | {them} hola peque, ya hiciste la tarea? | {them} bienvenida, no vayas a privado con nadie
rs_approach: {them} escríbeme al privado, te cargo saldo | {them} quieres ganar {price}? mp | {them} tienes cam? mp y te doy gift cards | {them} mp, te pago una videollamada | {them} escríbeme por {app}, te mando {price} | {them} quieres diamantes gratis? háblame en privado
r_callout: {them} es una nena, déjala | mods revisen a {them} porfa | reportado {them}, asqueroso | {them} déjala en paz | {them} te van a reportar | todos bloqueen a {them}
ngo_msg: aviso: si un adulto te ofrece plata o saldo por una videollamada, cuéntaselo a alguien de confianza | nunca vayas a privado con desconocidos que te preguntan la edad | pedirle shows por cámara a niños es delito, denúncialo | recuerda: nadie debería pedirte que ocultes chats a tus papás | hay ayuda: denuncia la explotación en la línea de ayuda | si alguien te pregunta si estás sola en casa, no contestes y avisa a un mod
r_mod: los mods ya lo vieron | reporten por mp | buena onda todos, porfa | nada de datos personales en la sala | mod acá, resuelto | respeto, gente
"""
