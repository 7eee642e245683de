/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import no.redthread.dilemma.sessions.model.Dissent;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.Handling;
import no.redthread.dilemma.sessions.model.SessionsPackage;

import no.redthread.model.plan.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.FindingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.FindingImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.FindingImpl#getPullingFor <em>Pulling For</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.FindingImpl#getPullingAgainst <em>Pulling Against</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.FindingImpl#getConcerns <em>Concerns</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.FindingImpl#getHandling <em>Handling</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.FindingImpl#getHandlingNote <em>Handling Note</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.FindingImpl#getFundingSchemeIds <em>Funding Scheme Ids</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.FindingImpl#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.FindingImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.FindingImpl#getDissents <em>Dissents</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FindingImpl extends IdentifiedImpl implements Finding {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FindingKind KIND_EDEFAULT = FindingKind.CONFLICT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FindingKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPullingFor() <em>Pulling For</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPullingFor()
	 * @generated
	 * @ordered
	 */
	protected EList<String> pullingFor;

	/**
	 * The cached value of the '{@link #getPullingAgainst() <em>Pulling Against</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPullingAgainst()
	 * @generated
	 * @ordered
	 */
	protected EList<String> pullingAgainst;

	/**
	 * The cached value of the '{@link #getConcerns() <em>Concerns</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcerns()
	 * @generated
	 * @ordered
	 */
	protected EList<EObject> concerns;

	/**
	 * The default value of the '{@link #getHandling() <em>Handling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandling()
	 * @generated
	 * @ordered
	 */
	protected static final Handling HANDLING_EDEFAULT = Handling.EXISTING_DECISIONS;

	/**
	 * The cached value of the '{@link #getHandling() <em>Handling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandling()
	 * @generated
	 * @ordered
	 */
	protected Handling handling = HANDLING_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandlingNote() <em>Handling Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlingNote()
	 * @generated
	 * @ordered
	 */
	protected static final String HANDLING_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandlingNote() <em>Handling Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlingNote()
	 * @generated
	 * @ordered
	 */
	protected String handlingNote = HANDLING_NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFundingSchemeIds() <em>Funding Scheme Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingSchemeIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> fundingSchemeIds;

	/**
	 * The default value of the '{@link #getResponsible() <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsible()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsible() <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsible()
	 * @generated
	 * @ordered
	 */
	protected String responsible = RESPONSIBLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDissents() <em>Dissents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDissents()
	 * @generated
	 * @ordered
	 */
	protected EList<Dissent> dissents;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SessionsPackage.Literals.FINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FindingKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FindingKind newKind) {
		FindingKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.FINDING__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.FINDING__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPullingFor() {
		if (pullingFor == null) {
			pullingFor = new EDataTypeUniqueEList<String>(String.class, this, SessionsPackage.FINDING__PULLING_FOR);
		}
		return pullingFor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPullingAgainst() {
		if (pullingAgainst == null) {
			pullingAgainst = new EDataTypeUniqueEList<String>(String.class, this, SessionsPackage.FINDING__PULLING_AGAINST);
		}
		return pullingAgainst;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EObject> getConcerns() {
		if (concerns == null) {
			concerns = new EObjectResolvingEList<EObject>(EObject.class, this, SessionsPackage.FINDING__CONCERNS);
		}
		return concerns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Handling getHandling() {
		return handling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandling(Handling newHandling) {
		Handling oldHandling = handling;
		handling = newHandling == null ? HANDLING_EDEFAULT : newHandling;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.FINDING__HANDLING, oldHandling, handling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHandlingNote() {
		return handlingNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandlingNote(String newHandlingNote) {
		String oldHandlingNote = handlingNote;
		handlingNote = newHandlingNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.FINDING__HANDLING_NOTE, oldHandlingNote, handlingNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFundingSchemeIds() {
		if (fundingSchemeIds == null) {
			fundingSchemeIds = new EDataTypeUniqueEList<String>(String.class, this, SessionsPackage.FINDING__FUNDING_SCHEME_IDS);
		}
		return fundingSchemeIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsible() {
		return responsible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsible(String newResponsible) {
		String oldResponsible = responsible;
		responsible = newResponsible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.FINDING__RESPONSIBLE, oldResponsible, responsible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.FINDING__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dissent> getDissents() {
		if (dissents == null) {
			dissents = new EObjectContainmentEList<Dissent>(Dissent.class, this, SessionsPackage.FINDING__DISSENTS);
		}
		return dissents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SessionsPackage.FINDING__DISSENTS:
				return ((InternalEList<?>)getDissents()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SessionsPackage.FINDING__KIND:
				return getKind();
			case SessionsPackage.FINDING__DESCRIPTION:
				return getDescription();
			case SessionsPackage.FINDING__PULLING_FOR:
				return getPullingFor();
			case SessionsPackage.FINDING__PULLING_AGAINST:
				return getPullingAgainst();
			case SessionsPackage.FINDING__CONCERNS:
				return getConcerns();
			case SessionsPackage.FINDING__HANDLING:
				return getHandling();
			case SessionsPackage.FINDING__HANDLING_NOTE:
				return getHandlingNote();
			case SessionsPackage.FINDING__FUNDING_SCHEME_IDS:
				return getFundingSchemeIds();
			case SessionsPackage.FINDING__RESPONSIBLE:
				return getResponsible();
			case SessionsPackage.FINDING__DUE_DATE:
				return getDueDate();
			case SessionsPackage.FINDING__DISSENTS:
				return getDissents();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SessionsPackage.FINDING__KIND:
				setKind((FindingKind)newValue);
				return;
			case SessionsPackage.FINDING__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SessionsPackage.FINDING__PULLING_FOR:
				getPullingFor().clear();
				getPullingFor().addAll((Collection<? extends String>)newValue);
				return;
			case SessionsPackage.FINDING__PULLING_AGAINST:
				getPullingAgainst().clear();
				getPullingAgainst().addAll((Collection<? extends String>)newValue);
				return;
			case SessionsPackage.FINDING__CONCERNS:
				getConcerns().clear();
				getConcerns().addAll((Collection<? extends EObject>)newValue);
				return;
			case SessionsPackage.FINDING__HANDLING:
				setHandling((Handling)newValue);
				return;
			case SessionsPackage.FINDING__HANDLING_NOTE:
				setHandlingNote((String)newValue);
				return;
			case SessionsPackage.FINDING__FUNDING_SCHEME_IDS:
				getFundingSchemeIds().clear();
				getFundingSchemeIds().addAll((Collection<? extends String>)newValue);
				return;
			case SessionsPackage.FINDING__RESPONSIBLE:
				setResponsible((String)newValue);
				return;
			case SessionsPackage.FINDING__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case SessionsPackage.FINDING__DISSENTS:
				getDissents().clear();
				getDissents().addAll((Collection<? extends Dissent>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SessionsPackage.FINDING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SessionsPackage.FINDING__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SessionsPackage.FINDING__PULLING_FOR:
				getPullingFor().clear();
				return;
			case SessionsPackage.FINDING__PULLING_AGAINST:
				getPullingAgainst().clear();
				return;
			case SessionsPackage.FINDING__CONCERNS:
				getConcerns().clear();
				return;
			case SessionsPackage.FINDING__HANDLING:
				setHandling(HANDLING_EDEFAULT);
				return;
			case SessionsPackage.FINDING__HANDLING_NOTE:
				setHandlingNote(HANDLING_NOTE_EDEFAULT);
				return;
			case SessionsPackage.FINDING__FUNDING_SCHEME_IDS:
				getFundingSchemeIds().clear();
				return;
			case SessionsPackage.FINDING__RESPONSIBLE:
				setResponsible(RESPONSIBLE_EDEFAULT);
				return;
			case SessionsPackage.FINDING__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case SessionsPackage.FINDING__DISSENTS:
				getDissents().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SessionsPackage.FINDING__KIND:
				return kind != KIND_EDEFAULT;
			case SessionsPackage.FINDING__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SessionsPackage.FINDING__PULLING_FOR:
				return pullingFor != null && !pullingFor.isEmpty();
			case SessionsPackage.FINDING__PULLING_AGAINST:
				return pullingAgainst != null && !pullingAgainst.isEmpty();
			case SessionsPackage.FINDING__CONCERNS:
				return concerns != null && !concerns.isEmpty();
			case SessionsPackage.FINDING__HANDLING:
				return handling != HANDLING_EDEFAULT;
			case SessionsPackage.FINDING__HANDLING_NOTE:
				return HANDLING_NOTE_EDEFAULT == null ? handlingNote != null : !HANDLING_NOTE_EDEFAULT.equals(handlingNote);
			case SessionsPackage.FINDING__FUNDING_SCHEME_IDS:
				return fundingSchemeIds != null && !fundingSchemeIds.isEmpty();
			case SessionsPackage.FINDING__RESPONSIBLE:
				return RESPONSIBLE_EDEFAULT == null ? responsible != null : !RESPONSIBLE_EDEFAULT.equals(responsible);
			case SessionsPackage.FINDING__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case SessionsPackage.FINDING__DISSENTS:
				return dissents != null && !dissents.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", description: ");
		result.append(description);
		result.append(", pullingFor: ");
		result.append(pullingFor);
		result.append(", pullingAgainst: ");
		result.append(pullingAgainst);
		result.append(", handling: ");
		result.append(handling);
		result.append(", handlingNote: ");
		result.append(handlingNote);
		result.append(", fundingSchemeIds: ");
		result.append(fundingSchemeIds);
		result.append(", responsible: ");
		result.append(responsible);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(')');
		return result.toString();
	}

} //FindingImpl
